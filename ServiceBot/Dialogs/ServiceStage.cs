namespace ServiceBot.Dialogs;

/// <summary>The protocol by moment: arrival, then the service itself, then the close.</summary>
public enum ServiceStage
{
    Arrival,
    Service,
    Close,
}
