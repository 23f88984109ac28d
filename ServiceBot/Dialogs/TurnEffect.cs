namespace ServiceBot.Dialogs;

/// <summary>Work a turn asks for outside its replies, carried out once the new state is saved.</summary>
public abstract record TurnEffect;

/// <summary>Remind the agent at each threshold that a customer who arrived at <see cref="ArrivedAt"/> is still waiting.</summary>
public sealed record ScheduleWaitingReminders(string SessionId, int CustomerIndex, DateTimeOffset ArrivedAt) : TurnEffect;

/// <summary>The customer is being served, or the service ended: no more reminders for them.</summary>
public sealed record CancelWaitingReminders(string SessionId, int? CustomerIndex) : TurnEffect;

/// <summary>A silent call for help, with the context a supervisor needs to step in.</summary>
public sealed record CallSupervisor(SupervisorCallContext Context) : TurnEffect;

/// <summary>The service ended: hand over to the post-service survey.</summary>
public sealed record ServiceEnded(string SessionId) : TurnEffect;

/// <summary>The message was not acted on (clarification, menu, question asked again): count it for the content's authors.</summary>
public sealed record RecordUnderstandingMiss(Understanding.UnderstandingMiss Miss) : TurnEffect;
