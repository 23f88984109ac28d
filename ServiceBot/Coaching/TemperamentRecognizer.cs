using ServiceBot.Content.Model;

namespace ServiceBot.Coaching;

// Interim until the coaching branch lands (same signature).
public static class TemperamentRecognizer
{
    public static Temperament? Recognize(string? text, ContentSnapshot content) => null;
}
