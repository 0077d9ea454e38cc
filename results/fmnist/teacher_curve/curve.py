"Teacher-strength curve: the study's plain teacher on the full training split (58,000 images), test accuracy after every epoch."
import json, sys, time, torch
torch.set_num_threads(1)
from guard_nb.study import study_config
from guard_nb.pipeline import run_data
from guard_nb.config import teacher_config, teacher_augment
from guard_nb.models import get_model
from guard_nb.train import fit
from guard_nb.core import seed_everything
E = int(sys.argv[1]); out = sys.argv[2]
cfg = study_config("sre2l", 10, 0, overrides=["n_train=null", f"teacher.epochs={E}", "n_test=2000"])
train, test = run_data(cfg); seed_everything(cfg["seed"])
print(len(train[0]), "training images;", len(test[0]), "test images", flush=True)
t = get_model(cfg["teacher"]["model"], cfg["dataset"], **cfg["teacher"]["model_kw"])
t0 = time.perf_counter()
h = fit(t, train, teacher_config(cfg).replace(progress=False, eval_every=1), test=test, augment=teacher_augment(cfg), ckpt_dir=out + "_ckpt", device="cpu",
        callbacks=[lambda e, r: print(e, r.get("test_acc"), round(time.perf_counter() - t0), flush=True)])
json.dump(dict(config=cfg["teacher"], n_train=len(train[0]), n_test=len(test[0]), history=list(h), seconds=time.perf_counter() - t0), open(out, "w"), indent=1)
