using System.Collections.Concurrent;
using EngagementBot.Domain.Conversations;

namespace EngagementBot.Dialogs.Tests.TestDoubles;

/// <summary>A dialog state store in memory that honours optimistic versions, and can let a "concurrent writer" in before a save.</summary>
public sealed class InMemoryDialogStateStore : IDialogStateStore
{
    private readonly ConcurrentDictionary<string, StoredState> _states = new();
    private readonly Queue<Func<Task>> _beforeSave = new();

    public int Saves { get; private set; }

    public int Conflicts { get; private set; }

    public bool FailReads { get; set; }

    public IReadOnlyDictionary<string, StoredState> States => _states;

    /// <summary>Runs <paramref name="interloper"/> just before the next save (e.g. another turn writing first).</summary>
    public void BeforeNextSave(Func<Task> interloper) => _beforeSave.Enqueue(interloper);

    public Task<StoredState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (FailReads)
        {
            throw new InvalidOperationException("store unavailable");
        }

        return Task.FromResult(_states.GetValueOrDefault(key));
    }

    public async Task<long?> SaveAsync(string key, string json, long expectedVersion, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (_beforeSave.TryDequeue(out var interloper))
        {
            await interloper();
        }

        Saves++;
        var current = _states.GetValueOrDefault(key);
        if ((current?.Version ?? 0) != expectedVersion)
        {
            Conflicts++;
            return null;
        }

        var next = new StoredState(json, expectedVersion + 1);
        _states[key] = next;
        return next.Version;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        _states.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    /// <summary>Writes directly, as another instance would.</summary>
    public void Put(string key, string json) =>
        _states.AddOrUpdate(key, _ => new StoredState(json, 1), (_, old) => new StoredState(json, old.Version + 1));
}
