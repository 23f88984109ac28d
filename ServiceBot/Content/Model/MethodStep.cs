namespace ServiceBot.Content.Model;

/// <summary>A letter of HEARD, LAST or LEAST.</summary>
public enum MethodStep
{
    Hear,
    Listen,
    Empathize,
    Apologize,
    Resolve,
    Solve,
    Diagnose,
    Thank,
}
