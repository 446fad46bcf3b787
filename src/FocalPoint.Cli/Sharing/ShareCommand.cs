using System.CommandLine;
using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Application.Sharing;
using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Application.Sharing.Receiving;
using FocalPoint.Application.Sharing.Sending;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Cli.Sharing;

/// <summary>`focalpoint share send|open|verify`: the liaison officer's package work from the command line (ADR 0027).</summary>
public static class ShareCommand
{
    public static Command Create()
    {
        var database = new DatabaseArguments();
        var user = new Option<string>("--user") { Description = "Who acts (written to the audit log).", DefaultValueFactory = _ => Environment.UserName };
        var share = new Command("share", "Signed, encrypted packages for partner jurisdictions.") { Send(database, user), Open(database, user), Verify(database, user) };
        return share;
    }

    private static Command Send(DatabaseArguments database, Option<string> user)
    {
        var partner = new Option<string>("--partner") { Description = "The partner's code, e.g. MK-MOI.", Required = true };
        var purpose = new Option<string>("--purpose") { Description = "Why these records go to this partner (audited, written into the package).", Required = true };
        var records = new Option<string[]>("--record") { Description = "A record: incident:ID, firearm:ID, person:ID, case:ID or received:ID. Repeat.", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the sealed package.", Required = true };
        var command = new Command("send", "Build, redact, sign and encrypt a package for one partner.") { partner, purpose, records, output, user };
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.CreateAsync(parse, database, parse.GetValue(user)!, ct);
            var code = parse.GetValue(partner)!;
            var partnerId = await services.RunAsync<FocalPointDbContext, long?>(db => db.SharingPartners.Where(p => p.Code == code).Select(p => (long?)p.Id).FirstOrDefaultAsync(ct))
                ?? throw new UserErrorException($"Unknown partner {code}.");
            var result = await services.RunAsync<SendPackage, CommandResult<IReadOnlyList<SentPackage>>>(s =>
                s.HandleAsync(new SendInput { PartnerId = partnerId, Purpose = parse.GetValue(purpose), Records = [.. parse.GetValue(records)!] }, ct));
            if (!result.Succeeded)
            {
                throw new UserErrorException(string.Join(Environment.NewLine, result.Errors!.ToDictionary().SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}"))));
            }

            var sent = result.Value!.Single();
            if (sent.Status == Domain.Sharing.PackageStatus.AwaitingApproval)
            {
                parse.InvocationConfiguration.Output.WriteLine(SharingMessages.NeedsApproval.English);
                return CommandLine.Ok;
            }

            var bytes = await services.RunAsync<FocalPointDbContext, byte[]>(db => db.SharingPackages.Where(p => p.Id == sent.Id).Select(p => p.Content!).FirstAsync(ct));
            await File.WriteAllBytesAsync(parse.GetValue(output)!.FullName, bytes, ct);
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Package {sent.PackageId:D} for {sent.PartnerCode}: {sent.Records} records, {sent.Bytes:N0} bytes."));
            return CommandLine.Ok;
        });
        return command;
    }

    private static Command Open(DatabaseArguments database, Option<string> user)
    {
        var file = new Argument<FileInfo>("package") { Description = "The package file a partner sent." };
        var ack = new Option<FileInfo?>("--ack-out") { Description = "Where to write the acknowledgement package for the partner." };
        var command = new Command("open", "Check and take in a partner's package; write the acknowledgement.") { file, ack, user };
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var bytes = await ReadAsync(parse.GetValue(file)!, ct);
            await using var services = await CliServices.CreateAsync(parse, database, parse.GetValue(user)!, ct);
            var outcome = (await services.RunAsync<OpenPackage, CommandResult<OpenOutcome>>(o => o.HandleAsync(bytes, ct))).Value!;
            if (outcome.Refusal is not null)
            {
                throw new UserErrorException(outcome.Message!.English);
            }

            if (parse.GetValue(ack) is { } ackFile && outcome.Acknowledgement is { } ackBytes)
            {
                await File.WriteAllBytesAsync(ackFile.FullName, ackBytes, ct);
            }

            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Accepted from {outcome.PartnerCode}: {outcome.Records} records, {outcome.Joined} joined to ours, {outcome.Doubtful} in doubt."));
            return CommandLine.Ok;
        });
        return command;
    }

    private static Command Verify(DatabaseArguments database, Option<string> user)
    {
        var file = new Argument<FileInfo>("package") { Description = "A package file." };
        var command = new Command("verify", "Check a package's schema, sender key, signature and expiry without opening or storing it.") { file, user };
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var bytes = await ReadAsync(parse.GetValue(file)!, ct);
            await using var services = await CliServices.CreateAsync(parse, database, parse.GetValue(user)!, ct);
            var result = await services.RunAsync<VerifyPackage, OpenedPackage>(v => v.HandleAsync(bytes, ct));
            if (result.Refusal is { } refusal)
            {
                throw new UserErrorException(SharingMessages.For(refusal).With(result.PartnerCode ?? "").English);
            }

            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Package {result.Envelope!.PackageId:D} from {result.PartnerCode}: signature valid, expires {CanonicalTime(result.Envelope.Expires)}."));
            return CommandLine.Ok;
        });
        return command;
    }

    private static async Task<byte[]> ReadAsync(FileInfo file, CancellationToken ct)
    {
        await using var stream = InputFile.OpenRead(file);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, ct);
        return memory.ToArray();
    }

    private static string CanonicalTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
