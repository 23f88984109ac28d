using ServiceBot.Localization;

namespace ServiceBot.Web.Dashboard;

/// <summary>The dashboard's own words, Spanish first (the page is for supervisors and agents, not in the content files).</summary>
internal static class ResultsTexts
{
    private static readonly Dictionary<string, (string Es, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["title"] = ("Resultados de las encuestas", "Survey results"),
        ["team"] = ("Equipo", "Team"),
        ["allTeams"] = ("Todos mis equipos", "All my teams"),
        ["period"] = ("Periodo", "Period"),
        ["weeks"] = ("Últimas {0} semanas", "Last {0} weeks"),
        ["show"] = ("Ver", "Show"),
        ["csv"] = ("Descargar CSV", "Download CSV"),
        ["mine"] = ("Sus resultados", "Your results"),
        ["csat"] = ("CSAT (% de 4 y 5)", "CSAT (% of 4s and 5s)"),
        ["mean"] = ("Calificación media (1–5)", "Mean rating (1–5)"),
        ["answers"] = ("Respuestas", "Answers"),
        ["rate"] = ("Tasa de respuesta", "Response rate"),
        ["ces"] = ("Facilidad, CES (media 1–7)", "Ease, CES (mean 1–7)"),
        ["byWeek"] = ("CSAT y tasa de respuesta por semana", "CSAT and response rate by week"),
        ["byAgent"] = ("CSAT por agente", "CSAT by agent"),
        ["aspects"] = ("Lo que más destacan los clientes", "What customers praise most"),
        ["low"] = ("Calificaciones bajas (1–2) con su comentario", "Low ratings (1–2) with their comment"),
        ["noLow"] = ("Ninguna calificación baja en el periodo.", "No low ratings in this period."),
        ["noData"] = ("Todavía no hay respuestas en este periodo.", "No answers in this period yet."),
        ["week"] = ("Semana del", "Week of"),
        ["agent"] = ("Agente", "Agent"),
        ["rating"] = ("Calificación", "Rating"),
        ["comment"] = ("Comentario", "Comment"),
        ["date"] = ("Fecha", "Date"),
        ["times"] = ("veces", "times"),
        ["trend"] = ("Esta semana frente a la anterior: {0}", "This week against the last: {0}"),
    };

    public static string Get(string key, Language language) =>
        language == Language.English ? Texts[key].En : Texts[key].Es;
}
