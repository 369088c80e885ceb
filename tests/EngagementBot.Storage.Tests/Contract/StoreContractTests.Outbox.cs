using System.Collections.Concurrent;
using EngagementBot.Domain.Outbox;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected static OutboxMessage NewMessage(DateTimeOffset due, string kind = "manager-card", DateTimeOffset? createdAt = null) =>
        new(
            Id: Guid.NewGuid(),
            Kind: kind,
            Payload: """{"caseRef":"C-1"}""",
            CreatedAt: createdAt ?? due,
            NextAttemptAt: due,
            Attempts: 0,
            Status: OutboxStatus.Pending,
            LastError: null,
            CorrelationId: "corr-1");

    [Fact]
    public async Task EnqueueAsync_NewMessage_FindReturnsItUnchanged()
    {
        var message = NewMessage(T0) with { CorrelationId = null };

        await App.Outbox.EnqueueAsync(message, CancellationToken.None);

        Assert.Equal(message, await App.Outbox.FindAsync(message.Id, CancellationToken.None));
    }

    [Fact]
    public async Task EnqueueAsync_SameIdTwice_KeepsTheFirstMessage()
    {
        var first = NewMessage(T0);
        await App.Outbox.EnqueueAsync(first, CancellationToken.None);

        await App.Outbox.EnqueueAsync(first with { Payload = """{"other":1}""" }, CancellationToken.None);

        Assert.Equal(first, await App.Outbox.FindAsync(first.Id, CancellationToken.None));
        Assert.Equal(1, await App.Outbox.CountPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await App.Outbox.FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task ClaimDueAsync_MoreDueThanMax_ReturnsOldestDueFirstUpToMax()
    {
        var outbox = App.Outbox;
        var messages = Enumerable.Range(0, 5).Select(i => NewMessage(T0.AddSeconds(-10 * i))).ToList();
        foreach (var message in messages)
        {
            await outbox.EnqueueAsync(message, CancellationToken.None);
        }

        var claimed = await outbox.ClaimDueAsync("dispatcher-1", 2, T0, Lease, CancellationToken.None);

        Assert.Equal([messages[4].Id, messages[3].Id], claimed.Select(m => m.Id));
    }

    [Fact]
    public async Task ClaimDueAsync_MessageNotYetDue_ReturnsNothingUntilDue()
    {
        var message = NewMessage(T0.AddMinutes(5));
        await App.Outbox.EnqueueAsync(message, CancellationToken.None);

        var early = await App.Outbox.ClaimDueAsync("dispatcher-1", 10, T0, Lease, CancellationToken.None);
        var onTime = await App.Outbox.ClaimDueAsync("dispatcher-1", 10, T0.AddMinutes(5), Lease, CancellationToken.None);

        Assert.Empty(early);
        Assert.Equal(message, Assert.Single(onTime));
    }

    [Fact]
    public async Task ClaimDueAsync_MessageUnderUnexpiredLease_IsNotClaimedAgain()
    {
        await App.Outbox.EnqueueAsync(NewMessage(T0), CancellationToken.None);
        await App.Outbox.ClaimDueAsync("dispatcher-1", 10, T0, Lease, CancellationToken.None);

        var second = await App.Outbox.ClaimDueAsync("dispatcher-2", 10, T0 + Lease - TimeSpan.FromMilliseconds(1), Lease, CancellationToken.None);

        Assert.Empty(second);
    }

    [Fact]
    public async Task ClaimDueAsync_LeaseExpired_MessageIsClaimableAgain()
    {
        var message = NewMessage(T0);
        await App.Outbox.EnqueueAsync(message, CancellationToken.None);
        await App.Outbox.ClaimDueAsync("crashed-dispatcher", 10, T0, Lease, CancellationToken.None);

        var reclaimed = await App.Outbox.ClaimDueAsync("dispatcher-2", 10, T0 + Lease, Lease, CancellationToken.None);

        Assert.Equal(message.Id, Assert.Single(reclaimed).Id);
    }

    [Fact]
    public async Task ClaimDueAsync_ConcurrentClaimersOnTwoInstances_NeverClaimTheSameMessage()
    {
        const int messageCount = 300;
        for (var i = 0; i < messageCount; i++)
        {
            await App.Outbox.EnqueueAsync(NewMessage(T0.AddMilliseconds(-i)), CancellationToken.None);
        }

        var otherInstance = await StartAppAsync();
        var outboxes = new[] { App.Outbox, otherInstance.Outbox };
        var claims = new ConcurrentBag<Guid>();
        using var start = new ManualResetEventSlim();
        var claimers = Enumerable.Range(0, 8).Select(claimer => Task.Run(async () =>
        {
            start.Wait();
            var outbox = outboxes[claimer % outboxes.Length];

            // Bounded, so a store that hands out leased messages again fails instead of spinning.
            for (var round = 0; round < messageCount; round++)
            {
                var batch = await outbox.ClaimDueAsync($"dispatcher-{claimer}", 7, T0, Lease, CancellationToken.None);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var message in batch)
                {
                    claims.Add(message.Id);
                }
            }
        })).ToList();

        start.Set();
        await Task.WhenAll(claimers);

        Assert.Equal(messageCount, claims.Count);
        Assert.Equal(messageCount, claims.Distinct().Count());
    }

    [Fact]
    public async Task ClaimDueAsync_MaxNotPositive_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => App.Outbox.ClaimDueAsync("dispatcher-1", 0, T0, Lease, CancellationToken.None));
    }

    [Fact]
    public async Task MarkRetryAsync_ClaimedMessage_CountsAttemptRecordsErrorAndReleasesLease()
    {
        var message = NewMessage(T0);
        await App.Outbox.EnqueueAsync(message, CancellationToken.None);
        await App.Outbox.ClaimDueAsync("dispatcher-1", 10, T0, TimeSpan.FromHours(1), CancellationToken.None);
        var retryAt = T0.AddMinutes(1);

        await App.Outbox.MarkRetryAsync(message.Id, "429 Too Many Requests", retryAt, CancellationToken.None);

        var expected = message with { Attempts = 1, LastError = "429 Too Many Requests", NextAttemptAt = retryAt };
        Assert.Equal(expected, await App.Outbox.FindAsync(message.Id, CancellationToken.None));
        Assert.Empty(await App.Outbox.ClaimDueAsync("dispatcher-2", 10, retryAt.AddMilliseconds(-1), Lease, CancellationToken.None));
        Assert.Equal(expected, Assert.Single(await App.Outbox.ClaimDueAsync("dispatcher-2", 10, retryAt, Lease, CancellationToken.None)));
    }

    [Fact]
    public async Task MarkRetryAsync_Twice_CountsBothAttempts()
    {
        var message = NewMessage(T0);
        await App.Outbox.EnqueueAsync(message, CancellationToken.None);

        await App.Outbox.MarkRetryAsync(message.Id, "first", T0.AddMinutes(1), CancellationToken.None);
        await App.Outbox.MarkRetryAsync(message.Id, "second", T0.AddMinutes(2), CancellationToken.None);

        var stored = await App.Outbox.FindAsync(message.Id, CancellationToken.None);
        Assert.Equal((2, "second"), (stored!.Attempts, stored.LastError));
    }

    [Fact]
    public async Task MarkDeliveredAsync_ClaimedMessage_IsTerminal()
    {
        var message = NewMessage(T0);
        await App.Outbox.EnqueueAsync(message, CancellationToken.None);
        await App.Outbox.ClaimDueAsync("dispatcher-1", 10, T0, Lease, CancellationToken.None);

        await App.Outbox.MarkDeliveredAsync(message.Id, T0.AddSeconds(1), CancellationToken.None);
        await App.Outbox.MarkRetryAsync(message.Id, "late retry", T0.AddMinutes(1), CancellationToken.None);
        await App.Outbox.MarkFailedAsync(message.Id, "late failure", T0.AddMinutes(1), CancellationToken.None);

        var stored = await App.Outbox.FindAsync(message.Id, CancellationToken.None);
        Assert.Equal((OutboxStatus.Delivered, (string?)null), (stored!.Status, stored.LastError));
        Assert.Equal(0, await App.Outbox.CountPendingAsync(CancellationToken.None));
        Assert.Empty(await App.Outbox.ClaimDueAsync("dispatcher-2", 10, T0.AddDays(1), Lease, CancellationToken.None));
    }

    [Fact]
    public async Task MarkFailedAsync_ClaimedMessage_IsTerminalWithError()
    {
        var message = NewMessage(T0);
        await App.Outbox.EnqueueAsync(message, CancellationToken.None);
        await App.Outbox.ClaimDueAsync("dispatcher-1", 10, T0, Lease, CancellationToken.None);

        await App.Outbox.MarkFailedAsync(message.Id, "403 Forbidden", T0.AddSeconds(1), CancellationToken.None);
        await App.Outbox.MarkDeliveredAsync(message.Id, T0.AddMinutes(1), CancellationToken.None);

        var stored = await App.Outbox.FindAsync(message.Id, CancellationToken.None);
        Assert.Equal((OutboxStatus.Failed, "403 Forbidden"), (stored!.Status, stored.LastError));
        Assert.Equal(0, await App.Outbox.CountPendingAsync(CancellationToken.None));
        Assert.Empty(await App.Outbox.ClaimDueAsync("dispatcher-2", 10, T0.AddDays(1), Lease, CancellationToken.None));
    }

    [Fact]
    public async Task CountPendingAsync_MixedStatuses_CountsPendingIncludingLeased()
    {
        var outbox = App.Outbox;
        var leased = NewMessage(T0);
        var waiting = NewMessage(T0.AddHours(1));
        var delivered = NewMessage(T0.AddMinutes(-1));
        var failed = NewMessage(T0.AddMinutes(-2));
        foreach (var message in new[] { leased, waiting, delivered, failed })
        {
            await outbox.EnqueueAsync(message, CancellationToken.None);
        }

        await outbox.MarkDeliveredAsync(delivered.Id, T0, CancellationToken.None);
        await outbox.MarkFailedAsync(failed.Id, "gone", T0, CancellationToken.None);
        await outbox.ClaimDueAsync("dispatcher-1", 10, T0, Lease, CancellationToken.None);

        Assert.Equal(2, await outbox.CountPendingAsync(CancellationToken.None));
    }
}
