using System.Text.Json.Nodes;
using ServiceBot.Feedback;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.Proactive;

namespace ServiceBot.Tests.Feedback;

/// <summary>
/// The whole host with a hand-moved clock and a roster: agent Ana in team "mostrador", supervised by Sofía (who has
/// talked to the bot once she posts). Ana ends a service in Teams and gets the survey link; customers open it over
/// the real web endpoints.
/// </summary>
public abstract class FeedbackHostTestBase : ProactiveHostTestBase
{
    private string? lastLink;

    public const string AgentUserId = "29:agent-ana";
    public const string AgentConversationId = "a:1anaPersonal";
    public const string TeamId = "mostrador";

    protected virtual int PermitsPerMinute => 1000;

    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) =>
        WithRoster(base.CreateApplication(channel), PermitsPerMinute);

    internal static ServiceBotApplication WithRoster(ServiceBotApplication app, int permitsPerMinute = 1000) => app
        .WithSetting("Roster:Teams:0:Id", TeamId)
        .WithSetting("Roster:Teams:0:Name", "Mostrador")
        .WithSetting("Roster:Teams:0:Agents:0", AgentAadObjectId)
        .WithSetting("Roster:Teams:0:Supervisors:0", SupervisorAadObjectId)
        .WithSetting("Feedback:PermitsPerMinute", permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A message from the agent in her 1:1 chat with the bot.</summary>
    protected JsonObject AgentMessage(string text, string locale = "es-MX")
    {
        var message = TestActivities.Message(Channel.ServiceUrl(), text, locale, id: Guid.NewGuid().ToString("N"));
        message["from"] = new JsonObject { ["id"] = AgentUserId, ["name"] = "Ana López", ["aadObjectId"] = AgentAadObjectId };
        message["conversation"] = new JsonObject
        {
            ["conversationType"] = "personal",
            ["tenantId"] = ServiceBotApplication.TestTenantId,
            ["id"] = AgentConversationId,
        };
        return message;
    }

    /// <summary>The agent starts and ends a service; returns the survey link the bot's link card carries.</summary>
    protected async Task<string> EndServiceAsync(string locale = "es-MX")
    {
        await PostAsync(AgentMessage("nueva atención", locale));
        var before = await PostAsync(AgentMessage("terminar atención", locale));
        lastLink = Channel.Calls.Take(before).Select(call => LinkIn(call)).Last(link => link is not null)!;
        return lastLink;
    }

    protected static string? LinkIn(ConnectorCall call)
    {
        var attachments = call.Activity.Attachments;
        if (attachments is null || attachments.Count == 0 || attachments[0].Content is not { } content)
        {
            return null;
        }

        var card = JsonNode.Parse(content.GetRawText())!;
        return card["actions"]?.AsArray().FirstOrDefault(a => (string?)a?["type"] == "Action.OpenUrl")?["url"]?.GetValue<string>();
    }

    protected static string PathOf(string link) => new Uri(link).PathAndQuery;

    protected static string TokenOf(string link) => link[(link.LastIndexOf('/') + 1)..];

    protected async Task<FeedbackResponse?> AnswerOfLastSessionAsync()
    {
        var invitation = await LastInvitationAsync();
        return await Service<IFeedbackStore>().GetBySessionAsync(invitation.ServiceSessionId);
    }

    protected async Task<SurveyInvitation> LastInvitationAsync(string? link = null)
    {
        link ??= lastLink;
        var hash = SurveyToken.TryHash(TokenOf(link!))!;
        return (await Service<ISurveyInvitationStore>().FindAsync(hash))!;
    }

}
