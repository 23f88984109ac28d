namespace ServiceBot.Content.Model;

/// <summary>The customer's temperament, as the agent sees it.</summary>
public enum Temperament
{
    Any,
    Jovial,
    Serious,
    Upset,
    Hurried,
}
