namespace IkmMatch.Domain.Programmes;

/// <summary>What kind of development programme (pembinaan IKM) it is.</summary>
public enum ProgrammeKind
{
    /// <summary>Training (pelatihan): management, production, quality, digital marketing.</summary>
    Training,

    /// <summary>Certification facilitation (fasilitasi sertifikasi): SNI, Halal, ISO, TKDN, competence certificates.</summary>
    CertificationFacilitation,

    /// <summary>Machine and equipment restructuring (restrukturisasi mesin/peralatan).</summary>
    MachineRestructuring,

    /// <summary>Business matching (temu bisnis) between IKM and large industries.</summary>
    BusinessMatching,

    /// <summary>Mentoring (pendampingan), often by a large industry within a partnership.</summary>
    Mentoring,
}
