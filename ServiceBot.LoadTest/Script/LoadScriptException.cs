namespace ServiceBot.LoadTest.Script;

/// <summary>A load script that cannot be run, with every problem as <c>file:line:column: message</c>.</summary>
internal sealed class LoadScriptException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
