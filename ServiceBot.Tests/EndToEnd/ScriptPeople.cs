using System.Text.Json.Nodes;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.EndToEnd;

/// <summary>Who takes part in a scripted conversation besides the agent of <see cref="TestActivities"/>.</summary>
public static class ScriptPeople
{
    public const string SupervisorAadObjectId = "00000000-0000-0000-0000-00000000005b";
    public const string SupervisorConversationId = "a:supervisor-personal-chat";

    /// <summary>The agent of <see cref="TestActivities"/>, by object id.</summary>
    public const string AgentAadObjectId = "00000000-0000-0000-0000-0000000000aa";

    /// <summary>Makes an activity come from the supervisor, in their own 1:1 chat with the bot.</summary>
    public static void FromSupervisor(JsonObject activity)
    {
        activity["from"] = new JsonObject { ["id"] = "29:supervisor-user", ["name"] = "Laura Gómez", ["aadObjectId"] = SupervisorAadObjectId };
        activity["conversation"] = new JsonObject
        {
            ["conversationType"] = "personal",
            ["tenantId"] = ServiceBotApplication.TestTenantId,
            ["id"] = SupervisorConversationId,
        };
    }
}
