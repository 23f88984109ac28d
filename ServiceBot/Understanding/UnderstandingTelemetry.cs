using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace ServiceBot.Understanding;

/// <summary>
/// Counts what agents say that the bot did not act on (a "¿Quiso decir…?" card, the menu, a question asked again),
/// by best-guess intent, confidence band and open question, so the examples in dialogs/understanding/ can be
/// improved where it matters. The message itself is logged at Debug only: it may hold customer data.
/// </summary>
public sealed partial class UnderstandingTelemetry
{
    public const string MeterName = "ServiceBot.Understanding";

    private readonly Counter<long> _unresolved;
    private readonly ILogger<UnderstandingTelemetry> _logger;

    public UnderstandingTelemetry(IMeterFactory meters, ILogger<UnderstandingTelemetry> logger)
    {
        _logger = logger;
        _unresolved = meters.Create(MeterName).CreateCounter<long>(
            "servicebot.understanding.unresolved",
            unit: "{message}",
            description: "Messages the bot did not act on, by outcome (clarify, not_understood, asked_again), best-guess intent, confidence band and open question");
    }

    public void Record(UnderstandingMiss miss)
    {
        var band = Band(miss.Confidence);
        _unresolved.Add(1,
            new KeyValuePair<string, object?>("outcome", miss.Outcome),
            new KeyValuePair<string, object?>("intent", miss.Intent),
            new KeyValuePair<string, object?>("confidence", band),
            new KeyValuePair<string, object?>("prompt", miss.Prompt));
        LogMiss(_logger, miss.Outcome, miss.Intent, band, miss.Prompt, miss.Text);
    }

    /// <summary>Tenths: "0.3-0.4". Coarse enough to keep the metric's cardinality small.</summary>
    public static string Band(float confidence)
    {
        var tenth = Math.Clamp((int)Math.Floor(confidence * 10), 0, 9);
        return string.Create(CultureInfo.InvariantCulture, $"{tenth / 10.0:0.0}-{(tenth + 1) / 10.0:0.0}");
    }

    [LoggerMessage(EventId = 13001, Level = LogLevel.Debug, Message = "Not acted on ({Outcome}): best guess {Intent} at {Confidence}, question {Prompt}: \"{Text}\"")]
    private static partial void LogMiss(ILogger logger, string outcome, string intent, string confidence, string prompt, string text);
}

/// <summary>One message the bot did not act on: how it ended, its best guess, how sure, at which question, and the text.</summary>
public sealed record UnderstandingMiss(string Outcome, string Intent, float Confidence, string Prompt, string Text)
{
    public const string Clarified = "clarify";
    public const string NotUnderstood = "not_understood";
    public const string AskedAgain = "asked_again";
}
