using System.Diagnostics.CodeAnalysis;
using ServiceBot.Content.Sources;

namespace ServiceBot.Web.Studio;

/// <summary>A draft's whole content set, or the problem to answer instead.</summary>
public sealed record DraftBuild(ContentFileSet? Files, IResult? Problem)
{
    [MemberNotNullWhen(true, nameof(Problem))]
    [MemberNotNullWhen(false, nameof(Files))]
    public bool Failed => Problem is not null;

    public static DraftBuild Fail(int status, string title, string detail) =>
        new(null, Results.Problem(statusCode: status, title: title, detail: detail));
}
