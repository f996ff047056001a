namespace IkmMatch.Domain.Registry;

/// <summary>Certificates an IKM may hold, and a need may require or prefer. TKDN carries a local-content percentage.</summary>
public enum CertificationType
{
    SNI,
    ISO9001,
    ISO14001,
    ISO45001,
    SMK3,
    Halal,
    TKDN,
    Other,

    /// <summary>Contractor Safety Management System: the safety vetting Cilegon's plants pass contractors through.</summary>
    CSMS,

    /// <summary>Sertifikat Laik Higiene Sanitasi: the food-hygiene certificate a caterer needs (Dinas Kesehatan).</summary>
    SLHS,

    /// <summary>Personnel competence of the IKM's welders (BNSP / LSP welder certificate, e.g. 3G/6G).</summary>
    WelderCompetency,

    /// <summary>Personnel licence of the IKM's equipment operators (SIO for cranes, forklifts, rigging).</summary>
    OperatorCompetency,
}
