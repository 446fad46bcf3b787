using System.Text;
using FocalPoint.Application.Common;
using FocalPoint.Application.Training.Figures;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Training;

public sealed class ExportTrainingFiguresTests
{
    [Fact]
    public async Task WriteCsv_InstitutionStartingWithAFormula_NeutralisedAndTotalsBySex()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TrainingWorld.Services(database);
        var course = await TrainingWorld.CourseAsync(services, "Tracing basics", new DateOnly(2025, 3, 3));
        await TrainingWorld.ImportAsync(services, course, "Name,Sex,Institution\nArben Krasniqi,M,=1+2\nDrita Berisha,F,Customs\nLuan Gashi,,Customs\n");
        using var output = new MemoryStream();

        var result = await services.RunAsync<ExportTrainingFigures, CommandResult<bool>>(e => e.WriteAsync(new TrainingFilter(), false, output, CancellationToken.None));

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.True(result.Succeeded);
        Assert.Equal("Total,3,1,1,1,3,1,1,1", lines[1]);
        Assert.Contains("\"'=1+2\",1,1,0,0,1,1,0,0", lines);
    }

    [Fact]
    public async Task WriteXlsx_ByTopic_NumbersAsNumbersAndTheTotalLineFirst()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TrainingWorld.Services(database);
        var course = await TrainingWorld.CourseAsync(services, "Tracing basics", new DateOnly(2025, 3, 3));
        await TrainingWorld.ImportAsync(services, course, "Name,Sex\nArben Krasniqi,M\nDrita Berisha,F\n");
        using var output = new MemoryStream();

        await services.RunAsync<ExportTrainingFigures, CommandResult<bool>>(e => e.WriteAsync(new TrainingFilter(Cut: TrainingCut.Topic), true, output, CancellationToken.None));

        output.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(output, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(("Total", 2d, 1d), ((string)rows[0]["Key"]!, Convert.ToDouble(rows[0]["Persons"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(rows[0]["PersonsFemale"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("FirearmsControl", rows[1]["Key"]);
    }
}
