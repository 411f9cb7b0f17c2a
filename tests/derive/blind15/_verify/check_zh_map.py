import numpy as np
tp=[1,1,0,1,0];G=4;ctp=np.cumsum(tp);cfp=np.cumsum([1-t for t in tp])
P=ctp/(ctp+cfp);R=ctp/G
assert np.allclose(P,[1,1,2/3,0.75,0.6]) and np.allclose(R,[0.25,0.5,0.5,0.75,0.75]) and round(2/3,2)==0.67
# all-point AP
mrec=np.concatenate([[0],R,[1]]);mpre=np.concatenate([[0],P,[0]])
for i in range(len(mpre)-2,-1,-1): mpre[i]=max(mpre[i],mpre[i+1])
idx=np.where(mrec[1:]!=mrec[:-1])[0];ap=np.sum((mrec[idx+1]-mrec[idx])*mpre[idx+1])
assert abs(ap-0.6875)<1e-12 and abs(0.25+0.25+0.25*0.75-0.75)>0.05  # wrong line
assert (0.6875+0.8125)/2==0.75
C=np.array([[50,5,5],[10,30,0],[0,10,40]])
iou=[C[c,c]/(C[c].sum()+C[:,c].sum()-C[c,c]) for c in range(3)]
assert C[0].sum()==60 and C[:,0].sum()==60 and C[1].sum()==40 and C[:,1].sum()==45 and C[2].sum()==50 and C[:,2].sum()==45
assert np.allclose(iou,[50/70,30/55,40/55]) and [round(v,4) for v in iou]==[0.7143,0.5455,0.7273]
assert round((0.7143+0.5455+0.7273)/3,4)==0.6624 or round(np.mean(iou),4)==0.6623
assert np.trace(C)/C.sum()==0.8 and C.sum()==150
print("map ok")
