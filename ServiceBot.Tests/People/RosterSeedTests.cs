using ServiceBot.People;

namespace ServiceBot.Tests.People;

public sealed class RosterSeedTests
{
    private static readonly Guid Tenant = Guid.Parse("72f988bf-86f1-41af-91ab-2d7cd011db47");
    private const string Sofia = "2c9d7a3e-1f4b-4e8a-9c6d-5b7e8f9a0b1c";
    private const string Ana = "0a000000-0000-4000-8000-000000000001";
    private const string Marta = "0d000000-0000-4000-8000-000000000004";

    private static readonly RosterOptions Options = new()
    {
        Teams = [new RosterTeamOptions { Id = "mostrador", Name = "Mostrador", Agents = [Ana], Supervisors = [Sofia] }],
        Admins = [Marta],
    };

    private static Roster Empty => new([], [], [], [], [], "etag");

    private static PersonKey Key(string objectId) => new(Tenant, Guid.Parse(objectId));

    [Fact]
    public void MissingChanges_EmptyRoster_CreatesTeamsBeforeTheirMembers_AndTheDefaultTeamForProactiveSupervisors()
    {
        var changes = RosterSeed.MissingChanges(Empty, Options, [Sofia], Tenant);

        Assert.Equal(
            [
                new RosterChange.SaveTeam("mostrador", "Mostrador"),
                new RosterChange.AddSupervisor(new Person(Key(Sofia)), "mostrador"),
                new RosterChange.AssignAgent(new Person(Key(Ana)), "mostrador"),
                new RosterChange.SaveTeam(RosterDefaults.DefaultTeamId, RosterDefaults.DefaultTeamName),
                new RosterChange.AddSupervisor(new Person(Key(Sofia)), RosterDefaults.DefaultTeamId),
                new RosterChange.AddAdmin(new Person(Key(Marta))),
            ],
            changes);
    }

    [Fact]
    public void MissingChanges_EverythingThere_IsNothing_AndStudioEditsStay()
    {
        var studioEdited = new Roster(
            [],
            [new Team("mostrador", "Mostrador Centro (renombrado)"), new Team("telefono", "Teléfono"), new Team(RosterDefaults.DefaultTeamId, "General")],
            [new TeamMembership("telefono", Key(Ana))],
            [new TeamMembership("mostrador", Key(Sofia)), new TeamMembership(RosterDefaults.DefaultTeamId, Key(Sofia))],
            [Key(Marta)],
            "etag");

        Assert.Empty(RosterSeed.MissingChanges(studioEdited, Options, [Sofia], Tenant));
    }

    [Fact]
    public void MissingChanges_NoProactiveSupervisors_CreatesNoDefaultTeam()
    {
        var changes = RosterSeed.MissingChanges(Empty, new RosterOptions(), [], Tenant);

        Assert.Empty(changes);
    }
}
