namespace ServiceBot.People;

/// <summary>
/// Someone in the roster. The display name and Teams user id (<c>29:…</c>) are for showing and for reaching them;
/// they are filled in when known and never decide who the person is (<see cref="Key"/> does).
/// </summary>
public sealed record Person(PersonKey Key, string? DisplayName = null, string? TeamsUserId = null);
