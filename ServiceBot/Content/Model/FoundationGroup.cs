namespace ServiceBot.Content.Model;

public enum FoundationGroup
{
    /// <summary>What a customer and customer service are.</summary>
    Definition,

    /// <summary>A link of the service-profit chain, in order.</summary>
    ServiceProfitChain,

    /// <summary>Why good service pays: loyalty, word of mouth, every touchpoint.</summary>
    Principle,
}
