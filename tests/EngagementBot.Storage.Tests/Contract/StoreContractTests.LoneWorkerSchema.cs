using System.Data.Common;
using System.Globalization;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    public static TheoryData<string, string> LoneWorkerRecordChanges => new()
    {
        { "DELETE FROM sessions;", "never deleted" },
        { "DELETE FROM alerts;", "never deleted" },
        { "DELETE FROM alert_posted_cards;", "never deleted" },
        { "DELETE FROM session_events;", "append-only" },
        { "DELETE FROM alert_events;", "append-only" },
        { "UPDATE session_events SET kind = 'closed';", "append-only" },
        { "UPDATE alert_events SET actor_aad_object_id = 'aad-someone-else';", "append-only" },
        { "UPDATE sessions SET state = 'on-site';", "one version at a time" },
        { "UPDATE alerts SET version = version + 2;", "one version at a time" },
        { "UPDATE sessions SET version = version + 1, worker_aad_object_id = 'aad-someone-else';", "does not change" },
        { "UPDATE alerts SET version = version + 1, ladder = '[]';", "do not change" },
    };

    [Theory]
    [MemberData(nameof(LoneWorkerRecordChanges))]
    public async Task RawStatement_RewritingALoneWorkerRecord_RefusedByTheSchema(string sql, string message)
    {
        var session = await AddSessionAsync();
        var alert = await AddAlertAsync();
        await Alerts.AddPostedCardAsync(alert.Id, Card("a:manager", LineManager, T0), CancellationToken.None);

        var error = await Assert.ThrowsAnyAsync<DbException>(() => Database.ScalarAsync(sql));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(session, await Sessions.FindAsync(session.Id, CancellationToken.None));
        AssertSameAlert(alert with { PostedCards = [Card("a:manager", LineManager, T0)] }, await Alerts.FindAsync(alert.Id, CancellationToken.None));
        Assert.Equal(2L, Convert.ToInt64(await Database.ScalarAsync("SELECT (SELECT COUNT(*) FROM session_events) + (SELECT COUNT(*) FROM alert_events);"), CultureInfo.InvariantCulture));
    }
}
