namespace ServiceBot.Content.Model;

/// <summary>Formal (usted) or informal (tú) Spanish.</summary>
public enum Register
{
    Any,
    Usted,
    Tu,
}
