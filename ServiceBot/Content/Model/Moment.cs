namespace ServiceBot.Content.Model;

/// <summary>The moment of a service a phrase is for.</summary>
public enum Moment
{
    Greeting,
    Waiting,
    Listening,
    Apology,
    Solution,
    Closing,
    Farewell,
}
