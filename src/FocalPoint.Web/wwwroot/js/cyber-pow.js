// The public cyber form's proof of work: before the form goes, find a nonce such that
// SHA-256(challenge ":" nonce) starts with the number of zero bits the server asked for, and put it in the form.
// It runs in the page (no third party, works offline); the server checks it and spends each challenge once.
const form = document.getElementById("cyber-report-form");

function leadingZeroBits(bytes) {
    let bits = 0;
    for (const b of bytes) {
        if (b === 0) { bits += 8; continue; }
        return bits + Math.clz32(b) - 24;
    }
    return bits;
}

// Digests are asked for in batches: one await per digest costs more than the hash itself.
async function solve(challenge, bits) {
    const encoder = new TextEncoder();
    const batch = 1024;
    for (let start = 0; ; start += batch) {
        const nonces = Array.from({ length: batch }, (_, i) => start + i);
        const digests = await Promise.all(nonces.map(n => crypto.subtle.digest("SHA-256", encoder.encode(challenge + ":" + n))));
        const found = digests.findIndex(d => leadingZeroBits(new Uint8Array(d)) >= bits);
        if (found >= 0) {
            return String(start + found);
        }
    }
}

if (form) {
    form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const status = document.getElementById("cyber-pow-status");
        const button = form.querySelector("button[type=submit]");
        button.disabled = true;
        status.hidden = false;
        const nonce = await solve(form.elements["Model.Challenge"].value, Number(form.dataset.bits));
        form.elements["Model.Nonce"].value = nonce;
        // submit() sends the form as it is, without a second submit event.
        form.submit();
    });
}
