using ServiceBot.People;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The <see cref="IRosterStore"/> contract, run on both engines.</summary>
public abstract class RosterStoreContractTests : StorageContractTests
{
    private static readonly Guid Tenant = Guid.Parse("72f988bf-86f1-41af-91ab-2d7cd011db47");
    private static readonly PersonKey Ana = Key("0a000000-0000-4000-8000-000000000001");
    private static readonly PersonKey Beto = Key("0b000000-0000-4000-8000-000000000002");
    private static readonly PersonKey Carla = Key("0c000000-0000-4000-8000-000000000003");
    private static readonly PersonKey Diego = Key("0d000000-0000-4000-8000-000000000004");
    private static readonly PersonKey Elena = Key("0e000000-0000-4000-8000-000000000005");

    private protected RosterStoreContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    [EngineFact]
    public async Task Get_NewDatabase_IsEmptyWithAnETag()
    {
        var roster = await CreateSut().GetAsync();

        Assert.Empty(roster.People);
        Assert.Empty(roster.Teams);
        Assert.Empty(roster.Admins);
        Assert.False(string.IsNullOrWhiteSpace(roster.ETag));
    }

    [EngineFact]
    public async Task SetPlace_SetReadAndCleared_PersonKeptWithTheirName()
    {
        var sut = CreateSut();
        Assert.Null(await sut.GetPlaceAsync(Ana));

        await sut.ApplyAsync([new RosterChange.SetPlace(new Person(Ana, "Ana Pérez"), "  Ventanilla 3 ")], (await sut.GetAsync()).ETag, "test");
        Assert.Equal("Ventanilla 3", await sut.GetPlaceAsync(Ana));
        Assert.Equal("Ana Pérez", (await sut.GetAsync()).FindPerson(Ana)?.DisplayName);
        Assert.Equal("Ventanilla 3", (await sut.GetAsync()).PlaceOf(Ana));

        await sut.ApplyAsync([new RosterChange.SetPlace(new Person(Ana), " ")], (await sut.GetAsync()).ETag, "test");
        Assert.Null(await sut.GetPlaceAsync(Ana));
        Assert.Null((await sut.GetAsync()).PlaceOf(Ana));
        Assert.Equal("Ana Pérez", (await sut.GetAsync()).FindPerson(Ana)?.DisplayName);
    }

    [EngineFact]
    public async Task SetPlace_TooLong_RefusedAndNothingApplied()
    {
        var sut = CreateSut();
        var etag = (await sut.GetAsync()).ETag;

        await Assert.ThrowsAsync<RosterChangeException>(() => sut.ApplyAsync([new RosterChange.SetPlace(new Person(Ana), new string('x', RosterChangeRules.MaxPlaceLength + 1))], etag, "test"));

        Assert.Null(await sut.GetPlaceAsync(Ana));
        Assert.Equal(etag, (await sut.GetAsync()).ETag);
    }

    [EngineFact]
    public async Task Apply_TeamsAgentsSupervisorsAdmins_ReadBackWholeAndByQuery()
    {
        var sut = CreateSut();
        var etag = await sut.ApplyAsync(
            [
                new RosterChange.SaveTeam("telefono", "Teléfono"),
                new RosterChange.SaveTeam("mostrador", "Mostrador"),
                new RosterChange.AssignAgent(new Person(Ana, "Ana Pérez", "29:ana"), "mostrador"),
                new RosterChange.AssignAgent(new Person(Beto, "Beto Díaz"), "telefono"),
                new RosterChange.AddSupervisor(new Person(Carla, "Carla Soto"), "mostrador"),
                new RosterChange.AddSupervisor(new Person(Carla), "telefono"),
                new RosterChange.AddAdmin(new Person(Diego, "Diego Luna")),
            ],
            (await sut.GetAsync()).ETag,
            "test");

        var roster = await sut.GetAsync();
        Assert.Equal(etag, roster.ETag);
        Assert.Equal(["Mostrador", "Teléfono"], roster.Teams.Select(t => t.Name));
        Assert.Equal(["Ana Pérez", "Beto Díaz", "Carla Soto", "Diego Luna"], roster.People.Select(p => p.DisplayName));
        Assert.Equal("29:ana", roster.FindPerson(Ana)?.TeamsUserId);
        Assert.Equal([new TeamMembership("mostrador", Ana), new TeamMembership("telefono", Beto)], roster.Agents);
        Assert.Equal([new TeamMembership("mostrador", Carla), new TeamMembership("telefono", Carla)], roster.Supervisors);
        Assert.Equal([Diego], roster.Admins);

        Assert.Equal("mostrador", (await sut.GetTeamOfAgentAsync(Ana))?.Id);
        Assert.Null(await sut.GetTeamOfAgentAsync(Carla));
        Assert.Equal(["mostrador", "telefono"], (await sut.GetTeamsSupervisedByAsync(Carla)).Select(t => t.Id));
        Assert.True(await sut.IsAdminAsync(Diego));
        Assert.False(await sut.IsAdminAsync(Carla));
        var standing = await sut.GetStandingAsync(Carla);
        Assert.True(standing.IsSupervisor);
        Assert.False(standing.IsAgent);
        Assert.False(standing.IsAdmin);
        Assert.Equal(RosterStanding.Nobody(Elena), await sut.GetStandingAsync(Elena) with { SupervisedTeams = [] });
        Assert.True(await sut.IsSupervisorOnlyAsync(Carla));
        Assert.False(await sut.IsSupervisorOnlyAsync(Ana));
        Assert.False(await sut.IsSupervisorOnlyAsync(Elena));

        await ApplyAsync(sut, new RosterChange.AssignAgent(new Person(Carla), "telefono"));
        Assert.False(await sut.IsSupervisorOnlyAsync(Carla));
    }

    [EngineFact]
    public async Task Keys_SameObjectIdInAnotherTenant_IsAnotherPerson()
    {
        var sut = CreateSut();
        await ApplyAsync(sut, new RosterChange.AddAdmin(new Person(Ana)));

        Assert.True(await sut.IsAdminAsync(Ana));
        Assert.False(await sut.IsAdminAsync(new PersonKey(Guid.Parse("11111111-2222-4333-8444-555555555555"), Ana.ObjectId)));
    }

    [EngineFact]
    public async Task Apply_WithAStaleETag_IsRefusedAndChangesNothing()
    {
        var sut = CreateSut();
        var read = await sut.GetAsync();
        await sut.ApplyAsync([new RosterChange.SaveTeam("mostrador", "Mostrador")], read.ETag, "admin-1");

        await Assert.ThrowsAsync<StoreConflictException>(() =>
            sut.ApplyAsync([new RosterChange.SaveTeam("mostrador", "Otro nombre"), new RosterChange.AddAdmin(new Person(Ana))], read.ETag, "admin-2"));

        var roster = await sut.GetAsync();
        Assert.Equal("Mostrador", Assert.Single(roster.Teams).Name);
        Assert.Empty(roster.Admins);
    }

    [EngineFact]
    public async Task Apply_TwoAdminsOnTwoInstancesFromTheSameRead_TheSecondIsRefused()
    {
        var first = CreateSut();
        var second = CreateSut();
        var read = await first.GetAsync();

        var results = await Task.WhenAll(
            Attempt(first, new RosterChange.SaveTeam("mostrador", "Mostrador A")),
            Attempt(second, new RosterChange.SaveTeam("mostrador", "Mostrador B")));

        Assert.Single(results, ok => ok);
        var name = Assert.Single((await first.GetAsync()).Teams).Name;
        Assert.True(name is "Mostrador A" or "Mostrador B", name);

        async Task<bool> Attempt(SqlRosterStore store, RosterChange change)
        {
            try
            {
                await store.ApplyAsync([change], read.ETag, "admin");
                return true;
            }
            catch (StoreConflictException)
            {
                return false;
            }
        }
    }

    [EngineFact]
    public async Task Apply_AnyETag_IsForSeedingAndAlwaysApplies()
    {
        var sut = CreateSut();
        await ApplyAsync(sut, new RosterChange.SaveTeam("mostrador", "Mostrador"));

        await sut.ApplyAsync([new RosterChange.AddAdmin(new Person(Ana))], ETags.Any, RosterSeed.Author);

        Assert.True(await sut.IsAdminAsync(Ana));
    }

    [EngineFact]
    public async Task Apply_ABatchWithAnInvalidChange_AppliesNothing()
    {
        var sut = CreateSut();
        var before = await sut.GetAsync();

        var error = await Assert.ThrowsAsync<RosterChangeException>(() => sut.ApplyAsync(
            [new RosterChange.SaveTeam("mostrador", "Mostrador"), new RosterChange.AssignAgent(new Person(Ana), "no-such-team")],
            before.ETag,
            "admin"));

        Assert.Contains("no-such-team", error.Message, StringComparison.Ordinal);
        var after = await sut.GetAsync();
        Assert.Empty(after.Teams);
        Assert.Equal(before.ETag, after.ETag);
    }

    [EngineFact]
    public async Task Apply_InvalidIdsAndNames_AreRefusedBeforeStorage()
    {
        var sut = CreateSut();
        var etag = (await sut.GetAsync()).ETag;

        foreach (var change in new RosterChange[]
        {
            new RosterChange.SaveTeam("Mostrador Centro", "Mostrador"),
            new RosterChange.SaveTeam("mostrador", " "),
            new RosterChange.SaveTeam("mostrador", new string('x', Team.MaxNameLength + 1)),
            new RosterChange.AddAdmin(new Person(new PersonKey(Tenant, Guid.Empty))),
            new RosterChange.AddAdmin(new Person(Ana, new string('x', RosterChangeRules.MaxDisplayNameLength + 1))),
        })
        {
            await Assert.ThrowsAsync<RosterChangeException>(() => sut.ApplyAsync([change], etag, "admin"));
        }
    }

    [EngineFact]
    public async Task AssignAgent_ToAnotherTeam_MovesThem_AndRemoveAgentLeavesThemInNoTeam()
    {
        var sut = CreateSut();
        await ApplyAsync(sut,
            new RosterChange.SaveTeam("mostrador", "Mostrador"),
            new RosterChange.SaveTeam("telefono", "Teléfono"),
            new RosterChange.AssignAgent(new Person(Ana), "mostrador"));

        await ApplyAsync(sut, new RosterChange.AssignAgent(new Person(Ana), "telefono"));
        Assert.Equal("telefono", (await sut.GetTeamOfAgentAsync(Ana))?.Id);
        Assert.Single((await sut.GetAsync()).Agents);

        await ApplyAsync(sut, new RosterChange.RemoveAgent(Ana));
        Assert.Null(await sut.GetTeamOfAgentAsync(Ana));
    }

    [EngineFact]
    public async Task RemoveTeam_WithMembers_IsRefused_EmptyIsRemoved()
    {
        var sut = CreateSut();
        await ApplyAsync(sut,
            new RosterChange.SaveTeam("mostrador", "Mostrador"),
            new RosterChange.AddSupervisor(new Person(Carla), "mostrador"));

        await Assert.ThrowsAsync<RosterChangeException>(() => ApplyAsync(sut, new RosterChange.RemoveTeam("mostrador")));

        await ApplyAsync(sut, new RosterChange.RemoveSupervisor(Carla, "mostrador"), new RosterChange.RemoveTeam("mostrador"));
        Assert.Empty((await sut.GetAsync()).Teams);
    }

    [EngineFact]
    public async Task PersonDetails_AMissingNameNeverErasesAKnownOne_ANewOneReplacesIt()
    {
        var sut = CreateSut();
        await ApplyAsync(sut, new RosterChange.AddAdmin(new Person(Ana, "Ana Pérez", "29:ana")));

        await ApplyAsync(sut, new RosterChange.RemoveAdmin(Ana), new RosterChange.AddAdmin(new Person(Ana)));
        Assert.Equal(new Person(Ana, "Ana Pérez", "29:ana"), (await sut.GetAsync()).FindPerson(Ana));

        await ApplyAsync(sut, new RosterChange.AddAdmin(new Person(Ana, "Ana P. Ruiz")));
        Assert.Equal(new Person(Ana, "Ana P. Ruiz", "29:ana"), (await sut.GetAsync()).FindPerson(Ana));
    }

    [EngineFact]
    public async Task SupervisorsOfAgent_AreTheirTeamsElseTheDefaultTeams()
    {
        var sut = CreateSut();
        await ApplyAsync(sut,
            new RosterChange.SaveTeam(RosterDefaults.DefaultTeamId, RosterDefaults.DefaultTeamName),
            new RosterChange.SaveTeam("mostrador", "Mostrador"),
            new RosterChange.SaveTeam("sin-supervisor", "Sin supervisor"),
            new RosterChange.AddSupervisor(new Person(Elena), RosterDefaults.DefaultTeamId),
            new RosterChange.AddSupervisor(new Person(Diego), RosterDefaults.DefaultTeamId),
            new RosterChange.AddSupervisor(new Person(Carla), "mostrador"),
            new RosterChange.AssignAgent(new Person(Ana), "mostrador"),
            new RosterChange.AssignAgent(new Person(Beto), "sin-supervisor"));

        Assert.Equal([Carla], (await sut.GetSupervisorsOfAgentAsync(Ana)).Select(p => p.Key));
        Assert.Equal([Diego, Elena], (await sut.GetSupervisorsOfAgentAsync(Beto)).Select(p => p.Key));
        Assert.Equal([Diego, Elena], (await sut.GetSupervisorsOfAgentAsync(Key("0f000000-0000-4000-8000-000000000006"))).Select(p => p.Key));
        Assert.Equal([Diego, Elena], (await sut.GetSupervisorsOfAgentAsync(null)).Select(p => p.Key));
    }

    [EngineFact]
    public async Task SupervisorsOfAgent_NoDefaultTeam_IsEmpty()
    {
        Assert.Empty(await CreateSut().GetSupervisorsOfAgentAsync(Ana));
    }

    private static PersonKey Key(string objectId) => new(Tenant, Guid.Parse(objectId));

    private static async Task ApplyAsync(SqlRosterStore store, params RosterChange[] changes) =>
        await store.ApplyAsync(changes, (await store.GetAsync()).ETag, "test");

    private SqlRosterStore CreateSut() => new(OpenDatabase(), Time);
}
