namespace ServiceBot.Content.Model;

/// <summary>The named de-escalation method a playbook follows.</summary>
public enum PlaybookMethod
{
    /// <summary>Hear, Empathize, Apologize, Resolve, Diagnose.</summary>
    Heard,

    /// <summary>Listen, Apologize, Solve, Thank.</summary>
    Last,

    /// <summary>Listen, Empathize, Apologize, Solve, Thank.</summary>
    Least,
}
