namespace ServiceBot.People;

/// <summary>A roster change that cannot be made (unknown team, invalid id, a team that is not empty); nothing of its batch was applied.</summary>
public sealed class RosterChangeException : Exception
{
    public RosterChangeException()
    {
    }

    public RosterChangeException(string message)
        : base(message)
    {
    }

    public RosterChangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
