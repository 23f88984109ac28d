namespace ServiceBot.People;

/// <summary>A person's place in a team: as its agent, or as one of its supervisors (the list says which).</summary>
public sealed record TeamMembership(string TeamId, PersonKey Person);
