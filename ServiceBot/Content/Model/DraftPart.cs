namespace ServiceBot.Content.Model;

/// <summary>A part a courteous written reply should have.</summary>
public enum DraftPart
{
    Greeting,
    Thanks,
    Closing,
}
