"""Reference cases from EcoLogits itself, for tests/ecologits_golden.rs.

Run by `make golden`, which installs ecologits==0.11.3 from PyPI into a throwaway virtual
environment (target/ecologits-venv) and writes tests/golden/ecologits-0.11.3.json. Not part
of `make test`: the JSON is committed, and the native tests replay it within 1 %.

Each case runs one request through EcoLogits' own Python API with the model data, provider
data-centre figures and electricity mixes shipped in the package. The widget has no measured
request time, so every case passes an infinite request latency (EcoLogits then never caps the
generation time). Models whose provider has a PUE or WUE range in EcoLogits (Hugging Face
Hub) go through `compute_llm_impacts` with stated exact figures instead of `llm_impacts`.
"""

import json
import math
import sys
from importlib.metadata import version

from ecologits.electricity_mix_repository import electricity_mixes
from ecologits.impacts.llm import compute_llm_impacts
from ecologits.model_repository import ParametersMoE, models
from ecologits.tracers.utils import PROVIDER_CONFIG_MAP, llm_impacts

EXPECTED_VERSION = "0.11.3"

# (widget chat model id, EcoLogits provider, EcoLogits model name)
MODELS = [
    ("gpt-5.5", "openai", "gpt-5.5"),
    ("gemini-3.5-flash", "google_genai", "gemini-3.5-flash"),
    ("mistral-medium-3.5", "mistralai", "mistral-medium-3.5"),
    ("gpt-oss-120b", "huggingface_hub", "openai/gpt-oss-120b"),
    ("gpt-4o", "openai", "gpt-4o"),
    ("gpt-4o-mini", "openai", "gpt-4o-mini"),
    ("mistral-large-3", "mistralai", "mistral-large-2512"),
    ("llama-3.1-70b", "huggingface_hub", "meta-llama/Meta-Llama-3.1-70B-Instruct"),
]
TOKENS = [1, 100, 400, 2000]
# (widget region id, EcoLogits zone)
ZONES = [("world", "WOR"), ("fr", "FRA"), ("us", "USA"), ("se", "SWE")]
# Stated data-centre figures where EcoLogits' provider has a range.
STATED_PUE, STATED_WUE = 1.2, 0.569


def bounds(value):
    """EcoLogits returns a float or a RangeValue; both as [min, max]."""
    if hasattr(value, "min"):
        return [value.min, value.max]
    return [value, value]


def run(provider, name, tokens, zone):
    config = PROVIDER_CONFIG_MAP[provider]
    exact = isinstance(config.datacenter_pue, float) and isinstance(config.datacenter_wue, float)
    if exact:
        impacts = llm_impacts(provider, name, tokens, math.inf, electricity_mix_zone=zone)
        if impacts.has_errors:
            sys.exit(f"{provider}/{name} in {zone}: {impacts.errors}")
        return "llm_impacts", config.datacenter_pue, config.datacenter_wue, impacts
    model = models.find_model(provider=provider, model_name=name)
    params = model.architecture.parameters
    total, active = (params.total, params.active) if isinstance(params, ParametersMoE) else (params, params)
    mix = electricity_mixes.find_electricity_mix(zone=zone)
    impacts = compute_llm_impacts(
        model_active_parameter_count=active,
        model_total_parameter_count=total,
        output_token_count=tokens,
        request_latency=math.inf,
        if_electricity_mix_adpe=mix.adpe,
        if_electricity_mix_pe=mix.pe,
        if_electricity_mix_gwp=mix.gwp,
        if_electricity_mix_wue=mix.wue,
        datacenter_pue=STATED_PUE,
        datacenter_wue=STATED_WUE,
        tps=model.deployment.tps if model.deployment else None,
        ttft=model.deployment.ttft if model.deployment else None,
    )
    return "compute_llm_impacts", STATED_PUE, STATED_WUE, impacts


def main():
    installed = version("ecologits")
    if installed != EXPECTED_VERSION:
        sys.exit(f"expected ecologits {EXPECTED_VERSION}, found {installed}")
    cases = []
    for model_id, provider, name in MODELS:
        for tokens in TOKENS:
            for region, zone in ZONES:
                api, pue, wue, impacts = run(provider, name, tokens, zone)
                cases.append({
                    "chat_model": model_id,
                    "ecologits_model": f"{provider}/{name}",
                    "api": api,
                    "output_tokens": tokens,
                    "region": region,
                    "zone": zone,
                    "pue": pue,
                    "wue_l_per_kwh": wue,
                    "energy_kwh": bounds(impacts.energy.value),
                    "gwp_usage_kg": bounds(impacts.usage.gwp.value),
                    "gwp_embodied_kg": bounds(impacts.embodied.gwp.value),
                    "water_l": bounds(impacts.usage.wcf.value),
                })
    json.dump({
        "ecologits_version": installed,
        "generated_by": "scripts/ecologits_golden.py (make golden)",
        "request_latency_s": "infinite (never caps the generation time)",
        "units": "energy in kWh, GWP in kg CO2e, water in L; each [min, max] as EcoLogits returns",
        "cases": cases,
    }, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
