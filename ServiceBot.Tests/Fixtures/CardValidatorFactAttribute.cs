namespace ServiceBot.Tests.Fixtures;

/// <summary>A fact that needs the Adaptive Cards validator: skipped with instructions on a dev box without it, run in CI.</summary>
public sealed class CardValidatorFactAttribute : FactAttribute
{
    public CardValidatorFactAttribute()
    {
        Skip = CardValidator.SkipReason;
    }
}
