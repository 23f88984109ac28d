namespace ServiceBot.People;

/// <summary>
/// Someone who has talked to the bot, as their last verified activity named them: for picking a person by their Teams
/// identity. <see cref="Key"/> is null when the activity carried no tenant (the Emulator).
/// </summary>
public sealed record SeenPerson(PersonKey? Key, string ObjectId, string TeamsUserId, string? Name, DateTimeOffset LastSeen);
