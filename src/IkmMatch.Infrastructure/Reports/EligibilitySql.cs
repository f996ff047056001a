namespace IkmMatch.Infrastructure.Reports;

/// <summary>
/// The scorer's hard requirements (MatchScorer) as SQL predicates over a need <c>n</c> and an IKM <c>i</c>, for the
/// reports that count eligibility across the registry. Integration tests hold them to the scorer's answers.
/// </summary>
internal static class EligibilitySql
{
    /// <summary>The IKM has a capability in the need's KBLI division: it is a candidate.</summary>
    public const string Candidate = """
        EXISTS (SELECT 1 FROM ikm_capabilities c
                WHERE c.ikm_id = i.id AND c.division = substr(n.kbli, 1, 2))
        """;

    /// <summary>A capability of the need's division in its unit, covering the volume unless partial supply is allowed.</summary>
    public const string CapacityMet = """
        EXISTS (
            SELECT 1 FROM ikm_capabilities c
            WHERE c.ikm_id = i.id AND c.division = substr(n.kbli, 1, 2)
              AND c.unit = n.unit AND (n.allow_partial_supply OR c.monthly_capacity >= n.monthly_volume))
        """;

    /// <summary>A certificate of type <c>r.type</c> valid on the needed-by date (no validUntil: no expiry).</summary>
    public const string HoldsRequired = """
        EXISTS (SELECT 1 FROM ikm_certifications ct
                WHERE ct.ikm_id = i.id AND ct.type = r.type
                  AND (ct.valid_until IS NULL OR ct.valid_until >= n.needed_by))
        """;

    /// <summary>Every required certificate held valid on the needed-by date.</summary>
    public const string CertificationsMet = "NOT EXISTS (SELECT 1 FROM unnest(n.required_certifications) AS r(type) WHERE NOT " + HoldsRequired + ")";

    /// <summary>The best TKDN percentage valid on the needed-by date, 0 without one.</summary>
    public const string TkdnHeld = """
        COALESCE((SELECT max(COALESCE(ct.tkdn_percent, 0)) FROM ikm_certifications ct
                  WHERE ct.ikm_id = i.id AND ct.type = 'TKDN'
                    AND (ct.valid_until IS NULL OR ct.valid_until >= n.needed_by)), 0)
        """;

    public const string TkdnMet = "(n.min_tkdn_percent IS NULL OR " + TkdnHeld + " >= n.min_tkdn_percent)";

    public const string Eligible = "(" + Candidate + " AND " + CapacityMet + " AND " + CertificationsMet + " AND " + TkdnMet + ")";
}
