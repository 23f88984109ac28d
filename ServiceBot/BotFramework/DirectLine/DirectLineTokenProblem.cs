namespace ServiceBot.BotFramework.DirectLine;

/// <summary>Why a request's Direct Line token was not accepted.</summary>
public enum DirectLineTokenProblem
{
    None,
    Missing,
    Expired,
    Invalid,
}
