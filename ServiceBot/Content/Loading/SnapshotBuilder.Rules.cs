using Newtonsoft.Json.Linq;
using ServiceBot.Content.Model;

namespace ServiceBot.Content.Loading;

public static partial class SnapshotBuilder
{
    private static DraftReviewRules DraftReview(JToken root, Dictionary<string, Phrase> phrases)
    {
        var register = root.Get("register")!;
        var caps = root.Get("caps")!;
        return new DraftReviewRules(
            [.. root.Items("presence").Select(rule => new PresenceRule(
                Id(rule),
                ContentNames.Parse<DraftPart>(rule.Str("part")),
                Text(rule, "message"),
                Keywords(rule.Get("expect")),
                [.. Ids(rule, "suggest").Select(id => phrases[id])]))],
            new RegisterRule(
                Id(register),
                Text(register, "message"),
                [.. register.Items("usted").Select(word => word.Str()!)],
                [.. register.Items("tu").Select(word => word.Str()!)]),
            [.. root.Items("tone").Select(rule => new ToneRule(
                Id(rule),
                ContentNames.Parse<ToneCategory>(rule.Str("category")),
                Keywords(rule.Get("match")),
                Text(rule, "message"),
                Text(rule, "alternative")))],
            new CapsRule(Id(caps), Text(caps, "message"), caps.Int("minLetters")!.Value, (double)caps.Get("maxUppercaseRatio")!));
    }

    private static Survey Survey(JToken root, Dictionary<string, ProtocolStep> steps)
    {
        var aspects = root.Get("aspects")!;
        var comment = root.Get("comment")!;
        var effort = root.Get("effort")!;
        return new Survey(
            Id(root),
            Text(root, "title"),
            Text(root, "intro"),
            TimeSpan.FromHours(root.Get("link").Int("expiresAfterHours")!.Value),
            RatingQuestion(root.Get("rating")!),
            new SurveyAspectsQuestion(
                Id(aspects),
                Text(aspects, "prompt"),
                [.. aspects.Items("options").Select(option =>
                    new SurveyAspect(Id(option), Text(option, "label"), [.. Ids(option, "steps").Select(id => steps[id])]))]),
            new SurveyCommentQuestion(Id(comment), Text(comment, "prompt"), Text(comment, "placeholder"), comment.Int("maxLength")!.Value),
            (bool)effort.Get("enabled")! ? RatingQuestion(effort) : null,
            Text(root, "thanks"));
    }

    private static SurveyRatingQuestion RatingQuestion(JToken question)
    {
        var scale = question.Get("scale")!;
        return new SurveyRatingQuestion(
            Id(question),
            Text(question, "prompt"),
            new SurveyScale(
                scale.Int("min")!.Value,
                scale.Int("max")!.Value,
                [.. scale.Items("labels")
                    .Select(label => new SurveyScaleLabel(label.Int("value")!.Value, Text(label, "label")))
                    .OrderBy(label => label.Value)]));
    }

    private static UiTexts Ui(IEnumerable<JToken> roots)
    {
        var documents = roots.ToList();
        return new UiTexts(
            documents.SelectMany(root => root.Properties("texts"))
                .ToDictionary(text => text.Name, text => Text(text.Value), StringComparer.Ordinal),
            [.. documents.SelectMany(root => root.Items("commands")).Select(command =>
                new BotCommand(Id(command), command.Str("label")!, Keywords(command.Get("keywords"))))],
            TemperamentKeywords(documents));
    }

    private static Dictionary<Temperament, LocalizedKeywords> TemperamentKeywords(List<JToken> documents) =>
        documents.SelectMany(root => root.Properties("temperaments"))
            .Select(entry => (Temperament: Enum.Parse<Temperament>(entry.Name, ignoreCase: true), Keywords: Keywords(entry.Value)))
            .GroupBy(entry => entry.Temperament)
            .ToDictionary(
                group => group.Key,
                group => new LocalizedKeywords(
                    [.. group.SelectMany(entry => entry.Keywords.Es)],
                    [.. group.SelectMany(entry => entry.Keywords.En)]));

    private static ContentSettings Settings(JToken root)
    {
        var parts = root.Get("dayParts");
        return new ContentSettings(
            [.. root.Items("waitingReminderMinutes").Select(minutes => (int)(long)minutes)],
            ConsistencyChecker.ParseTime(parts.Str("morning"))!.Value,
            ConsistencyChecker.ParseTime(parts.Str("afternoon"))!.Value,
            ConsistencyChecker.ParseTime(parts.Str("evening"))!.Value)
        {
            DefaultRegister = root.Str("defaultRegister") is { } register ? ContentNames.Parse<Register>(register) : Register.Usted,
        };
    }
}
