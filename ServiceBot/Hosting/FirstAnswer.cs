namespace ServiceBot.Hosting;

/// <summary>
/// Completes when the process has answered its first request (<c>/healthz</c> from a probe, as a rule): the warm-up
/// waits for it, so its work does not compete on the cores with that first answer.
/// </summary>
public sealed class FirstAnswer
{
    private readonly TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Answered => _answered.Task;

    public void Signal() => _answered.TrySetResult();
}
