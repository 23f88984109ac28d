namespace ServiceBot.Storage;

/// <summary>A customer who arrived during a service, and when they were attended (null while still waiting).</summary>
public sealed record WaitingCustomer(DateTimeOffset ArrivedAt, DateTimeOffset? AttendedAt = null);
