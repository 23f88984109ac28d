using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceBot.Content.Loading;

namespace ServiceBot.Content;

/// <summary>
/// Watches the content folder and, once the edits have been quiet for the debounce time, tells its target (which reloads or
/// publishes the folder), on a timer
/// thread rather than the file-system event thread.
/// </summary>
public sealed class ContentWatcher : IHostedService, IDisposable
{
    private readonly IWatchedContentFolder target;
    private readonly ILogger<ContentWatcher> logger;
    private readonly TimeSpan debounce;
    private readonly bool enabled;
    private readonly ITimer timer;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock lifetime = new();
    private FileSystemWatcher? watcher;
    private bool disposed;

    /// <summary>Reloads <paramref name="store"/> from its folder on every quiet edit.</summary>
    public ContentWatcher(ContentStore store, IOptions<ContentOptions> options, TimeProvider timeProvider, ILogger<ContentWatcher> logger)
        : this(new FolderReload(store), options, timeProvider, logger)
    {
    }

    public ContentWatcher(IWatchedContentFolder target, IOptions<ContentOptions> options, TimeProvider timeProvider, ILogger<ContentWatcher> logger)
    {
        this.target = target;
        this.logger = logger;
        debounce = TimeSpan.FromMilliseconds(options.Value.ReloadDebounceMilliseconds);
        enabled = options.Value.Watch;
        timer = timeProvider.CreateTimer(_ => _ = ReloadAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!enabled)
        {
            return Task.CompletedTask;
        }

        watcher = new FileSystemWatcher(target.Folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnChanged;
        watcher.Created += OnChanged;
        watcher.Deleted += OnChanged;
        watcher.Renamed += OnRenamed;
        watcher.Error += OnError;
        watcher.EnableRaisingEvents = true;
        ContentLog.Watching(logger, target.Folder, (int)debounce.TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // The host may dispose its services before, or while, it stops them (WebApplicationFactory, dotnet/aspnetcore#57738):
        // stopping and disposing take turns, and a disposed watcher has nothing left to stop.
        lock (lifetime)
        {
            if (disposed)
            {
                return Task.CompletedTask;
            }

            if (watcher is not null)
            {
                watcher.EnableRaisingEvents = false;
            }

            timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            stopping.Cancel();
            return Task.CompletedTask;
        }
    }

    public void Dispose()
    {
        lock (lifetime)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            watcher?.Dispose();
            timer.Dispose();
            stopping.Dispose();
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (IsRelevant(e.FullPath))
        {
            Schedule();
        }
    }

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        if (IsRelevant(e.FullPath) || IsRelevant(e.OldFullPath))
        {
            Schedule();
        }
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        ContentLog.WatcherError(logger, e.GetException());
        Schedule();
    }

    /// <summary>Content files, schemas and folders (a renamed or deleted folder takes its files with it).</summary>
    private bool IsRelevant(string fullPath)
    {
        var relative = Path.GetRelativePath(target.Folder, fullPath).Replace('\\', '/');
        return ContentLoader.IsContentFile(relative) || Directory.Exists(fullPath) || !Path.HasExtension(fullPath);
    }

    /// <summary>Every event pushes the reload back, so it happens once the folder has been quiet for the debounce time.</summary>
    private void Schedule() => timer.Change(debounce, Timeout.InfiniteTimeSpan);

    private async Task ReloadAsync()
    {
        try
        {
            await target.ChangedAsync(stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
