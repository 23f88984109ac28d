using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// The one entry point that reads what an agent typed. In order: a message made only of known words (a command's
/// keyword, a button's label, a mood or trigger word) is trusted at once; a review request with its draft is split;
/// at an open question the message is read as its answer first (a clear command still leaves it); otherwise the
/// classifier ranks every intent, and its confidence decides between acting, asking "¿Quiso decir…?" and the menu.
/// </summary>
public static class Understander
{
    public static Understood Understand(string? text, UnderstandingContext context, ContentSnapshot content) =>
        Understand(text, context, UnderstandingModels.For(content));

    public static Understood Understand(string? text, UnderstandingContext context, UnderstandingModel model)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return Understood.Nothing;
        }

        var reading = new Reading(text!, normalized, context, model);
        if (context.Prompt is not (PromptKind.None or PromptKind.Draft or PromptKind.Mood)
            && reading.Exact is null && DraftRequestReader.Read(reading.Text, model) is var (_, draft))
        {
            return reading.Leaving(Intent.Command(UnderstandingModel.ReviewCommand), 1, UnderstoodBy.DraftRequest) with { Draft = draft };
        }

        return context.Prompt switch
        {
            PromptKind.YesNo => AtYesNo(reading),
            PromptKind.Mood => AtMood(reading),
            PromptKind.Rating => AtRating(reading),
            PromptKind.PlaybookChoice => AtPlaybookChoice(reading),
            PromptKind.PlaybookStep => AtPlaybookStep(reading),
            PromptKind.Draft => AtDraftBox(reading),
            _ => Freely(reading),
        };
    }

    private static Understood Freely(Reading reading)
    {
        if (reading.Exact is { } exact)
        {
            return exact.Intent.Kind == IntentKind.Answer
                ? reading.Result(exact.Intent, UnderstandingDecision.NotUnderstood, 1, UnderstoodBy.ExactWords)
                : reading.Result(exact.Intent, UnderstandingDecision.Act, 1, UnderstoodBy.ExactWords) with { Moment = exact.Moment ?? reading.Moment(exact.Intent) };
        }

        if (DraftRequestReader.Read(reading.Text, reading.Model) is var (_, draft))
        {
            return reading.Result(Intent.Command(UnderstandingModel.ReviewCommand), UnderstandingDecision.Act, 1, UnderstoodBy.DraftRequest) with { Draft = draft };
        }

        return Decide(reading);
    }

    /// <summary>The classifier's verdict: act above the threshold, offer the likeliest actions in the middle band, else the menu.</summary>
    private static Understood Decide(Reading reading)
    {
        var ranked = reading.Ranked;
        var top = ranked[0];
        var actions = ranked.Where(score => IsOffered(score.Intent) && score.Probability >= reading.Thresholds.Option)
            .Take(reading.Thresholds.MaxOptions).ToList();
        if (IsOffered(top.Intent) && top.Probability >= ActThreshold(top.Intent, reading.Thresholds) && reading.UsesWordsOf(top.Intent))
        {
            return reading.Classified(top, UnderstandingDecision.Act);
        }

        // The classifier's best guess confirmed by a word the content gives for it ("el cliente está de malas").
        if (IsOffered(top.Intent) && top.Probability >= reading.Thresholds.Corroborated
            && reading.Model.Corroborating.TryMatch(reading.Text, out var named) && named == top.Intent)
        {
            return reading.Classified(top, UnderstandingDecision.Act);
        }

        var best = actions.Count > 0 ? actions[0].Probability : 0;
        return best >= reading.Thresholds.Clarify
            ? reading.Classified(top, UnderstandingDecision.Clarify) with { Alternatives = actions }
            : reading.Classified(top, UnderstandingDecision.NotUnderstood);
    }

    private static Understood AtYesNo(Reading reading)
    {
        if (reading.Exact is { Intent.Kind: IntentKind.Command } command)
        {
            return reading.Leaving(command.Intent, 1, UnderstoodBy.ExactWords);
        }

        if (reading.Model.YesNo.Read(reading.Text) is { } answer)
        {
            return reading.Result(Intent.Answer(answer), UnderstandingDecision.Act, 1, UnderstoodBy.PromptAnswer);
        }

        var top = reading.Ranked[0];
        if (top.Intent.Kind == IntentKind.Answer && top.Intent.Name != ContentNames(PromptAnswer.Next) && top.Probability >= reading.Thresholds.PromptAnswer)
        {
            return reading.Classified(top, UnderstandingDecision.Act);
        }

        return reading.ClearAction() is { } action ? reading.Leaving(action) : reading.Classified(top, UnderstandingDecision.NotUnderstood);
    }

    /// <summary>
    /// "¿Cómo está el cliente?": a description of the customer is the mood, even in a playbook's words ("viene bien
    /// enojado"); one the classifier is sure is a difficult customer opens that playbook too, with the mood recorded.
    /// Anything else is read as if no question were open: this question does not insist.
    /// </summary>
    private static Understood AtMood(Reading reading)
    {
        if (reading.Exact is { Intent.Kind: IntentKind.Mood } mood)
        {
            return reading.Result(mood.Intent, UnderstandingDecision.Act, 1, UnderstoodBy.ExactWords);
        }

        var ranked = reading.Ranked;
        var top = ranked[0];
        var moods = ranked.Where(score => score.Intent.Kind == IntentKind.Mood).ToList();
        var subject = ranked.Where(score => score.Intent.Kind is IntentKind.Mood or IntentKind.Playbook).Sum(score => score.Probability);
        var isAboutTheCustomer = subject >= reading.Thresholds.OnSubject && top.Intent.Kind is IntentKind.Mood or IntentKind.Playbook;
        if (reading.Exact is null && DraftRequestReader.Read(reading.Text, reading.Model) is null && isAboutTheCustomer && moods.Count > 0)
        {
            var best = moods[0];
            var share = best.Probability / Math.Max(moods.Sum(score => score.Probability), float.Epsilon);
            if (top.Intent.Kind == IntentKind.Playbook && (top.Probability >= reading.Thresholds.PlaybookAtMoodQuestion
                || (top.Probability >= reading.Thresholds.ActOnPlaybook && reading.Model.Corroborating.TryMatch(reading.Text, out var named) && named == top.Intent)))
            {
                return reading.Leaving(top) with { Mood = best.Intent.AsMood };
            }

            return reading.Result(best.Intent, UnderstandingDecision.Act, share, UnderstoodBy.PromptAnswer) with { Alternatives = ranked.Take(reading.Thresholds.MaxOptions).ToList() };
        }

        return Freely(reading) with { LeavesPrompt = true };
    }

    private static Understood AtRating(Reading reading)
    {
        var scale = reading.Context.Scale ?? reading.Model.Content.Survey.Rating.Scale;
        if (RatingRecognizer.Recognize(reading.Text, scale) is { } rating)
        {
            return reading.Result(Intent.Number, UnderstandingDecision.Act, 1, UnderstoodBy.PromptAnswer) with { Number = rating };
        }

        return reading.EscapeOrAskAgain();
    }

    private static Understood AtPlaybookChoice(Reading reading)
    {
        var playbooks = reading.Model.Content.Playbooks;
        if (ChoiceNumber(reading.Text) is { } number && number >= 1 && number <= playbooks.Count)
        {
            return reading.Result(Intent.Playbook(playbooks[number - 1].Id), UnderstandingDecision.Act, 1, UnderstoodBy.PromptAnswer);
        }

        if (reading.Model.PlaybookNames.TryMatch(reading.Text, out var named) || reading.Model.PlaybookTitleWords.TryMatch(reading.Text, out named))
        {
            return reading.Result(Intent.Playbook(named), UnderstandingDecision.Act, 1, UnderstoodBy.PromptAnswer);
        }

        if (reading.Exact is { Intent.Kind: IntentKind.Command } exact)
        {
            return reading.Leaving(exact.Intent, 1, UnderstoodBy.ExactWords);
        }

        if (reading.Model.YesNo.Read(reading.Text) == PromptAnswer.No)
        {
            return reading.Leaving(Intent.Command(CancelCommand), 1, UnderstoodBy.PromptAnswer);
        }

        // The question is which type: the likeliest playbook, if the classifier leans to one at all ("apurado"),
        // unless a command is likelier than every type together ("never mind").
        var ranked = reading.Ranked;
        var types = ranked.Where(score => score.Intent.Kind == IntentKind.Playbook).ToList();
        var mass = types.Sum(score => score.Probability);
        if (ranked[0] is { Intent.Kind: IntentKind.Command } command && command.Probability >= reading.Thresholds.Clarify && command.Probability > mass)
        {
            return reading.Leaving(command);
        }

        if (mass >= reading.Thresholds.OnChosenSubject && types[0].Probability / mass >= 0.5f)
        {
            return reading.Result(types[0].Intent, UnderstandingDecision.Act, types[0].Probability / mass, UnderstoodBy.Classifier) with { Alternatives = types.Take(reading.Thresholds.MaxOptions).ToList() };
        }

        if (reading.Model.PlaybookTriggers.TryMatch(reading.Text, out var triggered))
        {
            return reading.Result(Intent.Playbook(triggered), UnderstandingDecision.Act, 1, UnderstoodBy.ExactWords);
        }

        return reading.Classified(ranked[0], UnderstandingDecision.NotUnderstood);
    }

    private static readonly HashSet<string> ChoiceFillers = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "opcion", "numero", "num", "no", "option", "number", "the", "one", "de", "del", "es",
    };

    /// <summary>A number that is the whole answer ("2", "el tercero", "opción 3"), not one inside a sentence ("uno que grita").</summary>
    private static int? ChoiceNumber(string text)
    {
        var words = TextNormalizer.Words(text).Where(word => !ChoiceFillers.Contains(word)).ToList();
        return words.Count == 1 ? NumberRecognizer.Recognize(words[0]) : words.Count == 0 && TextNormalizer.Words(text) is ["one"] ? 1 : null;
    }

    private static Understood AtPlaybookStep(Reading reading)
    {
        if (reading.Model.NextWords.TryMatchExactly(reading.Core, out _) || reading.Model.YesNo.Read(reading.Text) == PromptAnswer.Yes)
        {
            return reading.Result(Intent.Answer(PromptAnswer.Next), UnderstandingDecision.Act, 1, UnderstoodBy.PromptAnswer);
        }

        var top = reading.Ranked[0];
        if ((top.Intent.IsAnswer(PromptAnswer.Next) || top.Intent.IsAnswer(PromptAnswer.Yes)) && top.Probability >= reading.Thresholds.PromptAnswer)
        {
            return reading.Result(Intent.Answer(PromptAnswer.Next), UnderstandingDecision.Act, top.Probability, UnderstoodBy.Classifier);
        }

        return reading.EscapeOrAskAgain();
    }

    /// <summary>The draft box: the message is the draft, unless it is a short, clear command ("cancelar", "llegó otra señora").</summary>
    private static Understood AtDraftBox(Reading reading)
    {
        if (DraftRequestReader.Read(reading.Text, reading.Model) is var (_, requested))
        {
            return reading.Result(Intent.Command(UnderstandingModel.ReviewCommand), UnderstandingDecision.Act, 1, UnderstoodBy.DraftRequest) with { Draft = requested };
        }

        if (reading.Exact is { Intent.Kind: IntentKind.Command } command && !IsDraftLike(command.Intent))
        {
            return reading.Leaving(command.Intent, 1, UnderstoodBy.ExactWords);
        }

        if (TextNormalizer.Words(reading.Text).Length <= reading.Thresholds.MaxWordsOfACommandInADraftBox
            && reading.ClearAction() is { } action && !IsDraftLike(action.Intent))
        {
            return reading.Leaving(action);
        }

        return reading.Result(Intent.Command(UnderstandingModel.ReviewCommand), UnderstandingDecision.Act, 1, UnderstoodBy.PromptAnswer) with { Draft = reading.Text.Trim() };
    }

    /// <summary>A greeting or a register switch typed in a draft box is more likely the start of a draft.</summary>
    private static bool IsDraftLike(Intent intent) =>
        intent.IsCommand("greeting") || intent.IsCommand("register-tu") || intent.IsCommand("register-usted") || intent.Kind == IntentKind.Mood;

    /// <summary>Things the bot can do when asked: offered in a clarification and acted on above the threshold.</summary>
    private static bool IsOffered(Intent intent) => intent.IsAction || intent.Kind == IntentKind.Draft;

    private static float ActThreshold(Intent intent, UnderstandingThresholds thresholds) =>
        intent.Kind == IntentKind.Playbook ? thresholds.ActOnPlaybook : thresholds.Act;

    private static string ContentNames(PromptAnswer answer) => ServiceBot.Content.Loading.ContentNames.Of(answer);

    private const string CancelCommand = "cancel";

    /// <summary>One message being read: its text, the context and the model, with the classifier run once, lazily.</summary>
    private sealed class Reading(string text, string normalized, UnderstandingContext context, UnderstandingModel model)
    {
        private IReadOnlyList<IntentScore>? _ranked;
        private string? _prepared;
        private bool _exactRead;
        private ExactTarget? _exact;

        public string Text { get; } = text;

        public UnderstandingContext Context { get; } = context;

        public UnderstandingModel Model { get; } = model;

        public UnderstandingThresholds Thresholds => Model.Thresholds;

        /// <summary>The message without "por favor" and the like, for the matchers of whole messages.</summary>
        public string Core { get; } = TextNormalizer.WithoutCourtesy(text);

        public ExactTarget? Exact
        {
            get
            {
                if (!_exactRead)
                {
                    _exact = Model.Exact(Text) ?? (Core.Length > 0 ? Model.Exact(Core) : null);
                    _exactRead = true;
                }

                return _exact;
            }
        }

        /// <summary>The classifier's ranking, with "someone arrived" resolved by whether a service is open.</summary>
        public IReadOnlyList<IntentScore> Ranked => _ranked ??= Resolve(Model.Classifier.Rank(normalized));

        /// <summary>Whether the message uses a word of the intent's examples (someone arriving counts for both its commands).</summary>
        public bool UsesWordsOf(Intent intent) =>
            intent.Kind == IntentKind.Draft || Model.Classifier.Vocabulary.Knows(
                Prepared, intent.IsCommand("new-service") || intent.IsCommand("another-customer") ? [intent, Intent.Arrival] : [intent]);

        private string Prepared => _prepared ??= ClassifierText.Prepare(normalized);

        public Moment? Moment(Intent intent) =>
            intent.IsCommand(UnderstandingModel.PhrasesCommand) && Model.Moments.TryMatch(Text, out var moment) ? moment : null;

        public Understood Result(Intent intent, UnderstandingDecision decision, float confidence, UnderstoodBy by) => new()
        {
            Intent = intent,
            Decision = decision,
            Confidence = confidence,
            By = by,
            Alternatives = _ranked?.Take(Thresholds.MaxOptions).ToList() ?? [],
            Moment = Moment(intent),
        };

        /// <summary>The classifier's reading; a pasted draft becomes a review of the whole message.</summary>
        public Understood Classified(IntentScore score, UnderstandingDecision decision)
        {
            var result = Result(score.Intent, decision, score.Probability, UnderstoodBy.Classifier);
            return score.Intent.Kind == IntentKind.Draft
                ? result with { Intent = Intent.Command(UnderstandingModel.ReviewCommand), Draft = Text.Trim() }
                : result with { Draft = result.Alternatives.Any(a => a.Intent.Kind == IntentKind.Draft) ? Text.Trim() : null };
        }

        public Understood Leaving(Intent intent, float confidence, UnderstoodBy by) =>
            Result(intent, UnderstandingDecision.Act, confidence, by) with { LeavesPrompt = true };

        public Understood Leaving(IntentScore score) => Classified(score, UnderstandingDecision.Act) with { LeavesPrompt = true };

        /// <summary>An action the classifier is sure of (a command, a playbook, a mood or channel, someone arriving).</summary>
        public IntentScore? ClearAction()
        {
            var top = Ranked[0];
            return top.Intent.IsAction && top.Probability >= ActThreshold(top.Intent, Thresholds) ? top : null;
        }

        /// <summary>At a question that insists: a command leaves it, anything else asks again.</summary>
        public Understood EscapeOrAskAgain()
        {
            if (Exact is { Intent.Kind: IntentKind.Command or IntentKind.Playbook } exact)
            {
                return Leaving(exact.Intent, 1, UnderstoodBy.ExactWords);
            }

            return ClearAction() is { } action ? Leaving(action) : Classified(Ranked[0], UnderstandingDecision.NotUnderstood);
        }

        /// <summary>
        /// <paramref name="ranked"/> (best first) with someone arriving read as the command it means here and the
        /// probabilities of one intent added up, best first; ties keep the order of their first appearance. One pass
        /// and an insertion sort of the nearly sorted list, instead of grouping and sorting every intent again.
        /// </summary>
        private IntentScore[] Resolve(IReadOnlyList<IntentScore> ranked)
        {
            var arrival = Intent.Command(Context.ServiceOpen ? "another-customer" : "new-service");
            var intents = new Intent[ranked.Count];
            Span<double> sums = ranked.Count <= 128 ? stackalloc double[ranked.Count] : new double[ranked.Count];
            var count = 0;
            foreach (var score in ranked)
            {
                var intent = score.Intent.Kind == IntentKind.Arrival ? arrival : score.Intent;
                var at = Array.IndexOf(intents, intent, 0, count);
                if (at < 0)
                {
                    at = count++;
                    intents[at] = intent;
                }

                sums[at] += score.Probability; // summed as Enumerable.Sum does for floats: in double
            }

            var resolved = new IntentScore[count];
            for (var i = 0; i < count; i++)
            {
                var next = new IntentScore(intents[i], (float)sums[i]);
                var j = i;
                for (; j > 0 && resolved[j - 1].Probability < next.Probability; j--)
                {
                    resolved[j] = resolved[j - 1];
                }

                resolved[j] = next;
            }

            return resolved;
        }
    }
}
