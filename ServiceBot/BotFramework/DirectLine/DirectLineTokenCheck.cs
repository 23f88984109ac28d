namespace ServiceBot.BotFramework.DirectLine;

/// <summary>The outcome of reading a request's Direct Line token.</summary>
public sealed record DirectLineTokenCheck(DirectLineToken? Token, DirectLineTokenProblem Problem)
{
    public static DirectLineTokenCheck Valid(DirectLineToken token) => new(token, DirectLineTokenProblem.None);

    public static DirectLineTokenCheck Missing() => new(null, DirectLineTokenProblem.Missing);

    public static DirectLineTokenCheck Expired() => new(null, DirectLineTokenProblem.Expired);

    public static DirectLineTokenCheck Invalid() => new(null, DirectLineTokenProblem.Invalid);
}
