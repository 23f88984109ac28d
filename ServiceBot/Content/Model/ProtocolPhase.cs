namespace ServiceBot.Content.Model;

/// <summary>When a protocol step applies during a service.</summary>
public enum ProtocolPhase
{
    Before,
    Start,
    During,
    Close,
    Anytime,
}
