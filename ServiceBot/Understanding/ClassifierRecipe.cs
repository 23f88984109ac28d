namespace ServiceBot.Understanding;

/// <summary>
/// How the intent classifier is built: word n-grams and character n-grams of the normalised text (so typos and
/// missing accents still share most features) into a maximum-entropy multiclass trainer, whose probabilities
/// are the confidence. <see cref="Default"/> is what the bot uses (words and character 3-grams, SDCA run to convergence (up to 50 passes) with
/// little regularisation: the best accuracy on the evaluation sets and in cross-validation for the least training
/// time; see the README); the others exist to measure it against.
/// </summary>
public sealed record ClassifierRecipe(
    ClassifierTrainer Trainer = ClassifierTrainer.SdcaMaximumEntropy,
    int WordNgramLength = 1,
    int CharNgramLength = 3,
    bool AllCharNgramLengths = false,
    int Iterations = 50,
    float L2Regularization = 0.00001f)
{
    public static ClassifierRecipe Default { get; } = new();

    public override string ToString() =>
        $"{Trainer} words 1-{WordNgramLength} chars {(AllCharNgramLengths ? 1 : CharNgramLength)}-{CharNgramLength} iterations {Iterations} l2 {L2Regularization}";
}

public enum ClassifierTrainer
{
    /// <summary>Stochastic dual coordinate ascent, maximum entropy (the default).</summary>
    SdcaMaximumEntropy,

    /// <summary>L-BFGS maximum entropy (multinomial logistic regression).</summary>
    LbfgsMaximumEntropy,

    /// <summary>Naive Bayes over the same features.</summary>
    NaiveBayes,
}
