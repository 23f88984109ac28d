namespace ServiceBot.Content.Model;

/// <summary>The letters of each method, in order.</summary>
public static class PlaybookMethods
{
    public static IReadOnlyList<MethodStep> StepsOf(PlaybookMethod method) => method switch
    {
        PlaybookMethod.Heard =>
            [MethodStep.Hear, MethodStep.Empathize, MethodStep.Apologize, MethodStep.Resolve, MethodStep.Diagnose],
        PlaybookMethod.Last => [MethodStep.Listen, MethodStep.Apologize, MethodStep.Solve, MethodStep.Thank],
        _ => [MethodStep.Listen, MethodStep.Empathize, MethodStep.Apologize, MethodStep.Solve, MethodStep.Thank],
    };
}
