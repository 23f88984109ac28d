namespace ServiceBot.Localization;

/// <summary>The languages ServiceBot speaks: Spanish first, English second.</summary>
public enum Language
{
    Spanish,
    English,
}
