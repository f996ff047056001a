using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Programmes.RecordProgrammeAttendance;

public sealed class RecordProgrammeAttendanceCommandValidator : AbstractValidator<RecordProgrammeAttendanceCommand>
{
    public RecordProgrammeAttendanceCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new AttendanceRequestValidator());
    }
}
