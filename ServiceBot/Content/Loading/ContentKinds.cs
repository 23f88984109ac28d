namespace ServiceBot.Content.Loading;

public static class ContentKinds
{
    public const string SchemaFolder = "schema";
    public const string CommonSchemaFile = "common.schema.json";

    public static IReadOnlyList<ContentKind> All { get; } = Enum.GetValues<ContentKind>();

    /// <summary>The kind's name as used in file names: <c>draft-review</c>, <c>phrases</c>…</summary>
    public static string Name(this ContentKind kind) => kind switch
    {
        ContentKind.DraftReview => "draft-review",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string SchemaFileName(this ContentKind kind) => $"{kind.Name()}.schema.json";

    public static ContentKind? FromSchemaFileName(string fileName) =>
        All.Cast<ContentKind?>().FirstOrDefault(kind => kind!.Value.SchemaFileName() == fileName);

    /// <summary>Kinds of which there must be exactly one file; the others may be split across several files.</summary>
    public static bool IsSingleFile(this ContentKind kind) =>
        kind is ContentKind.DraftReview or ContentKind.Survey or ContentKind.Settings or ContentKind.Foundations;
}
