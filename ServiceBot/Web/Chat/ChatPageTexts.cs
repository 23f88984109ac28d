using ServiceBot.BotFramework.DirectLine;
using ServiceBot.Localization;

namespace ServiceBot.Web.Chat;

/// <summary>The words of the local chat page, in Spanish and English.</summary>
public sealed record ChatPageTexts(
    string Title,
    string Who,
    string Language,
    string TimeZone,
    string Apply,
    string Results,
    string Studio,
    string NewConversation,
    string ChatLabel,
    string Connecting,
    string ConnectFailed,
    string ConversationGone,
    string SurveyHeading,
    string SurveyExplain,
    string SurveyLinkLabel,
    string SurveyOpen,
    string SurveyNone,
    IReadOnlyDictionary<DirectLinePersona, string> Personas,
    IReadOnlyDictionary<DirectLinePersona, string> Hints)
{
    public static ChatPageTexts For(Language language) => language == Localization.Language.English ? English : Spanish;

    private static readonly ChatPageTexts Spanish = new(
        Title: "ServiceBot — chat local",
        Who: "Soy",
        Language: "Idioma",
        TimeZone: "Zona horaria",
        Apply: "Aplicar",
        Results: "Resultados",
        Studio: "Estudio",
        NewConversation: "Nueva conversación",
        ChatLabel: "Conversación con ServiceBot",
        Connecting: "Conectando con el bot local…",
        ConnectFailed: "No se pudo conectar con el bot local. ¿Sigue corriendo «dotnet run --project ServiceBot»?",
        ConversationGone: "La conversación anterior ya no está (el bot se reinició, o pasó más de media hora sin usarla): empezamos una nueva. Las atenciones que terminó siguen guardadas.",
        SurveyHeading: "La encuesta del cliente",
        SurveyExplain: "Al terminar una atención, el agente recibe un enlace para su cliente. Ábralo aquí como lo haría el cliente.",
        SurveyLinkLabel: "Enlace de la encuesta",
        SurveyOpen: "Abrir la encuesta",
        SurveyNone: "Todavía no hay enlace: termine una atención como agente y vuelva aquí, o pegue el enlace.",
        Personas: new Dictionary<DirectLinePersona, string>
        {
            [DirectLinePersona.Agent] = "Agente",
            [DirectLinePersona.Supervisor] = "Supervisora",
            [DirectLinePersona.Admin] = "Administración",
            [DirectLinePersona.Customer] = "Cliente (encuesta)",
        },
        Hints: new Dictionary<DirectLinePersona, string>
        {
            [DirectLinePersona.Agent] = "Escriba «nueva atención» o use los botones de las tarjetas; también entiende frases como «llegó una señora».",
            [DirectLinePersona.Supervisor] = "Aquí llegan las llamadas de ayuda de los agentes: deje esta página abierta en otra pestaña mientras un agente pide ayuda. Los resultados están en «Resultados».",
            [DirectLinePersona.Admin] = "Cambie frases y textos en «Estudio»; la siguiente tarjeta del agente ya los usa.",
            [DirectLinePersona.Customer] = "El cliente no habla con el bot: contesta la encuesta con el enlace que le da el agente.",
        });

    private static readonly ChatPageTexts English = new(
        Title: "ServiceBot — local chat",
        Who: "I am",
        Language: "Language",
        TimeZone: "Time zone",
        Apply: "Apply",
        Results: "Results",
        Studio: "Studio",
        NewConversation: "New conversation",
        ChatLabel: "Conversation with ServiceBot",
        Connecting: "Connecting to the local bot…",
        ConnectFailed: "Could not reach the local bot. Is “dotnet run --project ServiceBot” still running?",
        ConversationGone: "The previous conversation is gone (the bot restarted, or it was left unused for more than half an hour): this is a new one. Services you ended are still saved.",
        SurveyHeading: "The customer's survey",
        SurveyExplain: "When a service ends, the agent gets a link for the customer. Open it here as the customer would.",
        SurveyLinkLabel: "Survey link",
        SurveyOpen: "Open the survey",
        SurveyNone: "No link yet: end a service as an agent and come back, or paste the link.",
        Personas: new Dictionary<DirectLinePersona, string>
        {
            [DirectLinePersona.Agent] = "Agent",
            [DirectLinePersona.Supervisor] = "Supervisor",
            [DirectLinePersona.Admin] = "Admin",
            [DirectLinePersona.Customer] = "Customer (survey)",
        },
        Hints: new Dictionary<DirectLinePersona, string>
        {
            [DirectLinePersona.Agent] = "Type “new service” or use the cards' buttons; it also understands sentences such as “a customer just walked in”.",
            [DirectLinePersona.Supervisor] = "Agents' calls for help arrive here: keep this page open in another tab while an agent asks for help. Results are under “Results”.",
            [DirectLinePersona.Admin] = "Change phrases and texts in the “Studio”; the agent's next card uses them.",
            [DirectLinePersona.Customer] = "Customers do not talk to the bot: they answer the survey through the link the agent gives them.",
        });
}
