using System.Data.Common;
using EngagementBot.Domain.Cases;

namespace EngagementBot.Storage.Mapping;

/// <summary>
/// hazard_flags and hazard_flag_renewals rows as domain records, for every provider (both select
/// the same columns in the same order).
/// </summary>
internal static class HazardFlagRows
{
    public static HazardFlag ReadFlag(DbDataReader reader) => new(
        Id: reader.GetGuid(0),
        CaseReference: reader.GetString(1),
        Kind: HazardVocabulary.Kinds.ReadCode(reader.GetString(2)),
        Severity: HazardVocabulary.Severities.ReadCode(reader.GetString(3)),
        Advice: HazardAdviceList.Parse(reader.GetString(4)),
        ReviewDate: reader.GetUnixMsTime(5),
        RaisedBy: reader.GetString(6),
        RaisedByAgency: reader.GetString(7),
        RaisedAt: reader.GetUnixMsTime(8),
        SourceIncidentId: reader.GetNullableGuid(9),
        Renewals: [],
        Withdrawal: reader.IsDBNull(10)
            ? null
            : new HazardFlagWithdrawal(
                reader.GetUnixMsTime(10),
                reader.GetString(11),
                reader.GetString(12),
                reader.GetString(13)));

    public static HazardFlagRenewal ReadRenewal(DbDataReader reader) => new(
        RenewedAt: reader.GetUnixMsTime(1),
        RenewedBy: reader.GetString(2),
        RenewedByAgency: reader.GetString(3),
        PreviousReviewDate: reader.GetUnixMsTime(4),
        ReviewDate: reader.GetUnixMsTime(5));
}
