namespace FocalPoint.Application.Demo.Names;

/// <summary>Common Serbian given and family names, in Serbian Latin (Gaj) spelling.</summary>
internal static class SerbianNames
{
    public static readonly string[] Male =
    [
        "Aleksandar", "Bojan", "Branko", "Dejan", "Dragan", "Dušan", "Đorđe", "Goran", "Igor", "Ivan", "Jovan", "Lazar",
        "Luka", "Marko", "Milan", "Miloš", "Milutin", "Miroslav", "Nebojša", "Nemanja", "Nenad", "Nikola", "Novak",
        "Predrag", "Radomir", "Ratko", "Saša", "Slobodan", "Srđan", "Stefan", "Uroš", "Vladimir", "Vuk", "Zoran", "Željko",
        "Živorad", "Dragoljub", "Miodrag", "Ljubiša", "Čedomir",
    ];

    public static readonly string[] Female =
    [
        "Ana", "Biljana", "Bojana", "Branka", "Danijela", "Dragana", "Gordana", "Ivana", "Jasmina", "Jelena", "Jovana",
        "Katarina", "Ljiljana", "Marija", "Milena", "Milica", "Mirjana", "Nataša", "Nevena", "Olivera", "Snežana",
        "Sonja", "Svetlana", "Tamara", "Tanja", "Vesna", "Zorica", "Željka", "Danica", "Slađana", "Jadranka", "Radmila",
        "Dušica", "Teodora", "Aleksandra", "Anđela", "Kristina", "Ljubica", "Vera", "Zaga",
    ];

    public static readonly string[] Family =
    [
        "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Pavlović",
        "Milošević", "Popović", "Đokić", "Živković", "Todorović", "Ristić", "Kostić", "Lazić", "Mitić", "Radovanović",
        "Simić", "Milenković", "Vasić", "Stefanović", "Tomić", "Krstić", "Mladenović", "Filipović", "Jović", "Savić",
        "Antić", "Bogdanović", "Cvetković", "Dimitrijević", "Gajić", "Janković", "Kovačević", "Lukić", "Mihajlović",
        "Nešić", "Obradović", "Perić", "Radić", "Spasić", "Trajković", "Vučković", "Zdravković", "Arsić", "Božić",
        "Ćirić", "Đurić", "Ivanović", "Jakšić", "Knežević", "Ljubić", "Milić", "Novaković", "Petković", "Rakić",
        "Stević", "Šaković", "Tošić", "Urošević", "Vuković", "Zorić", "Živić", "Babić", "Čolić", "Dragić", "Jevtić",
        "Mirić",
    ];
}
