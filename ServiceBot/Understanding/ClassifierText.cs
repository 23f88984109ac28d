using System.Text;

namespace ServiceBot.Understanding;

/// <summary>
/// What the classifier reads of a normalised text, for its examples and for what agents type alike: chat shorthand
/// spelt out ("q" → "que", "xq" → "porque", "im" → "i m", "u" → "you"), letters typed over and over cut to one
/// ("holaaa" → "hola") and the fillers that carry no intent left out ("oye", "porfa", "ahorita", "please", "pues"), so
/// that "oye porfa ya llegó una señora" and "llegó una señora" share their features. A text made only of fillers is
/// kept as it is ("porfa" alone).
/// </summary>
public static class ClassifierText
{
    private static readonly Dictionary<string, string> Shorthand = new(StringComparer.Ordinal)
    {
        ["q"] = "que",
        ["ke"] = "que",
        ["xq"] = "porque",
        ["pq"] = "porque",
        ["xk"] = "porque",
        ["porq"] = "porque",
        ["ud"] = "usted",
        ["uds"] = "ustedes",
        ["bn"] = "bien",
        ["dnd"] = "donde",
        ["grax"] = "gracias",
        ["pk"] = "porque",
        ["xfa"] = "por favor",
        ["pa"] = "para",
        ["pal"] = "para el",
        ["tmb"] = "tambien",
        ["tb"] = "tambien",
        ["tbn"] = "tambien",
        ["toy"] = "estoy",
        ["ta"] = "esta",
        ["sta"] = "esta",
        ["aki"] = "aqui",
        ["nadien"] = "nadie",
        ["msj"] = "mensaje",
        ["tel"] = "telefono",
        ["cel"] = "telefono",
        ["sr"] = "senor",
        ["sra"] = "senora",
        ["srta"] = "senorita",
        ["u"] = "you",
        ["ur"] = "your",
        ["r"] = "are",
        ["im"] = "i m",
        ["ive"] = "i ve",
        ["dont"] = "don t",
        ["doesnt"] = "doesn t",
        ["didnt"] = "didn t",
        ["cant"] = "can t",
        ["wont"] = "won t",
        ["isnt"] = "isn t",
        ["wasnt"] = "wasn t",
        ["hes"] = "he s",
        ["shes"] = "she s",
        ["thats"] = "that s",
        ["theres"] = "there s",
        ["whats"] = "what s",
        ["theyre"] = "they re",
        ["youre"] = "you re",
        ["lets"] = "let s",
        ["pls"] = "please",
        ["plz"] = "please",
        ["thx"] = "thanks",
        ["ty"] = "thank you",
        ["mgr"] = "manager",
        ["idk"] = "i don t know",
        ["dunno"] = "don t know",
        ["nvm"] = "never mind",
        ["gonna"] = "going to",
        ["wanna"] = "want to",
        ["gotta"] = "got to",
        ["gimme"] = "give me",
        ["lemme"] = "let me",
        ["nose"] = "no se",
        ["aver"] = "a ver",
        ["xfavor"] = "por favor",
        ["tons"] = "entonces",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "oye", "oiga", "oigan", "porfa", "porfis", "porfavor", "plis", "please", "ahorita", "pues",
        "este", "osea", "bueno", "mmm", "eh", "ah", "um", "uh", "like", "so", "well", "okay", "ok",
    };

    /// <summary>The text the classifier reads; <paramref name="normalized"/> as <see cref="TextNormalizer"/> makes it.</summary>
    public static string Prepare(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(CollapseRepeats)
            .SelectMany(word => Shorthand.TryGetValue(word, out var full) ? full.Split(' ') : [word])
            .ToList();
        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "por" && i + 1 < words.Count && words[i + 1] == "favor")
            {
                i++;
                continue;
            }

            if (!Fillers.Contains(words[i]))
            {
                kept.Add(words[i]);
            }
        }

        return string.Join(' ', kept.Count > 0 ? kept : words);
    }

    /// <summary>"holaaa" → "hola", "ayudaaa" → "ayuda": three or more of the same letter are one (two stay: "lleno", "creer").</summary>
    private static string CollapseRepeats(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
            {
                run++;
            }

            builder.Append(word[i], run >= 3 ? 1 : run);
            i += run - 1;
        }

        return builder.ToString();
    }
}
