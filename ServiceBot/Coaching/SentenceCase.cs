using System.Text;

namespace ServiceBot.Coaching;

/// <summary>Turns shouting into ordinary writing: lower case, with a capital at the start of each sentence.</summary>
public static class SentenceCase
{
    public static string Apply(string text)
    {
        var builder = new StringBuilder(text.Length);
        var capitalizeNext = true;
        var sentenceEnded = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                builder.Append(capitalizeNext ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                capitalizeNext = false;
                sentenceEnded = false;
                continue;
            }

            builder.Append(c);
            if (c is '.' or '!' or '?')
            {
                sentenceEnded = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                // "www.example.com" keeps going; ". Next" starts a sentence.
                capitalizeNext |= sentenceEnded || c == '\n';
            }
            else
            {
                capitalizeNext = c is '¡' or '¿' || (capitalizeNext && !char.IsDigit(c));
                sentenceEnded = false;
            }
        }

        return builder.ToString();
    }
}
